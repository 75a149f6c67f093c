"""Count the machine instructions that ``extract`` runs on the corpus, for revisions side by side.

Why: on a shared machine the same benchmark varies by 15-25% from one run to the next,
so a change worth 1-2% cannot be seen in timings. Valgrind's callgrind counts the
instructions executed, which repeat to within 0.01% (with a fixed hash seed), so two
revisions can be compared exactly. Instructions are not time (cache misses and memory
traffic do not show), so this decides between close variants; the benchmarks still
give the speed.

    python3 scripts/count_instructions.py                  # the working tree
    python3 scripts/count_instructions.py HEAD~1 WORKTREE  # a revision against the tree
    python3 scripts/count_instructions.py --articles 50 main HEAD

Each run extracts 5 articles to warm up, then ``--articles`` more; a second run that
only warms up is subtracted, so imports and the first extract's compilation are left
out. Revisions, and the working tree's state, are checked out in temporary git
worktrees (:func:`_check_out` says why). Needs ``valgrind``.

``--scaling`` counts instead one document of ``--articles`` articles and the same ten
times over (the benchmark's ×10 document): work that grows faster than the text shows
in the ratio, wherever it runs (a ``list.insert`` in C is one step to a Python tracer).

    python3 scripts/count_instructions.py --scaling --articles 100

``--warm`` counts a second pass over the articles, as a process that has read them once
(the benchmark's later rounds): the word scan then knows its leads, and the lexicon
look-ups are cached. The first pass is what a command line run on a few files pays.

``--sentences`` cuts the articles into their sentences and extracts each alone (the
benchmark's "sentences" row: headlines, posts and captions), so the fixed cost of a call
weighs as it does on short texts; the count is then per sentence.

    python3 scripts/count_instructions.py --sentences --articles 1000 HEAD WORKTREE

``--layouts N`` counts each revision in N layouts of memory and gives their mean and
spread (:func:`_layout_env` says why): a step smaller than the spread is not shown by
one count.

    python3 scripts/count_instructions.py --layouts 4 HEAD WORKTREE

``--cold`` counts instead the benchmark's cold start: a fresh interpreter that imports
factlib and extracts the bundled article, less a bare interpreter, with the bytecode
cached (as after ``pip install``). Start-up is mostly building and compiling the
lexicons' patterns; timed, the same code scattered over 0.22-0.36 s on a shared machine.

    python3 scripts/count_instructions.py --cold HEAD WORKTREE
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKTREE = "WORKTREE"  # the working tree as it is, uncommitted changes included
WARM_UP = 5

_CHILD = """
import json, sys
layout = [bytearray(40) for _ in range(int(sys.argv[6]))]  # see _layout_env
import factlib
docs_file, tree = sys.argv[1], sys.argv[2]
articles, copies, passes = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
assert factlib.__file__.startswith(tree), factlib.__file__
docs = json.load(open(docs_file, encoding="utf-8"))
for text, ref in docs[:{warm}]:
    factlib.extract(text, ref)
chosen = docs[{warm}:{warm} + articles]
if copies == 0:  # each article alone, so many passes over them
    for _ in range(passes):
        for text, ref in chosen:
            factlib.extract(text, ref)
elif articles:  # one document of them all, so many times over
    factlib.extract("\\n".join(["\\n".join(text for text, _ in chosen)] * copies))
"""


_BARE_CHILD = "pass"  # the bare interpreter the cold start is set against


def _instructions(
    tree: Path, docs: Path, articles: int, copies: int = 0, passes: int = 1, layout: int = 0
) -> int:
    """Instructions of one run of the child after the warm-up: ``articles`` documents
    each alone (``copies`` 0) ``passes`` times over, or one document of them, ``copies``
    times over; in memory laid out as ``layout`` says (:func:`_layout_env`)."""
    child = [_CHILD.format(warm=WARM_UP), str(docs), str(tree)]
    child += [str(articles), str(copies), str(passes), str(layout * _LAYOUT_OBJECTS)]
    return _count(tree, child, _layout_env(os.environ, layout))


_LAYOUT_OBJECTS = 997  # small objects allocated before the import, per layout step


def _layout_env(environ: Mapping[str, str], layout: int) -> dict[str, str]:
    """``environ`` for the ``layout``-th arrangement of memory (0 leaves it as it is).

    Why: the same code counts different instructions when its objects lie elsewhere.
    Dictionaries and sets keyed by object (by address) iterate and collide in another
    order, and a comment line that moved a module's code objects changed the count per
    article by 0.22% (2026-12-07). Each layout allocates ``layout`` × 997 small objects
    before factlib is imported (the heap) and lengthens the environment by ``layout`` ×
    64 bytes (the stack); ``--layouts`` averages over several, so that a change is told
    from the noise of where things happen to lie."""
    return {**environ, "FACTLIB_COUNT_LAYOUT": "x" * (64 * layout)} if layout else {**environ}


def _child_env(tree: Path, environ: Mapping[str, str]) -> dict[str, str]:
    """``environ`` for a child that imports the tree's factlib, with a fixed hash seed."""
    return {**environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}


def _count(tree: Path, child: list[str], environ: Mapping[str, str]) -> int:
    """Instructions of ``python -c *child`` under callgrind, run in ``tree``."""
    callgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    run = subprocess.run(
        [*callgrind, sys.executable, "-c", *child],
        cwd=tree,  # python -c puts the working directory first on the path
        env=_child_env(tree, environ),
        capture_output=True,
        text=True,
    )
    out = run.stderr
    if run.returncode != 0:
        raise RuntimeError(f"the run under callgrind failed:\n{out[-2000:]}")
    for line in out.splitlines():
        if "Collected :" in line:
            return int(line.rsplit(":", 1)[1])
    raise RuntimeError(f"callgrind gave no count:\n{out[-2000:]}")


def _per_article(
    tree: Path, docs: Path, articles: int, warm: bool = False, layout: int = 0
) -> float:
    """Instructions per article: of a first pass over them (a nearly fresh process), or
    with ``warm`` of a second pass (a process that has read them once)."""
    with ThreadPoolExecutor(2) as pool:
        full = pool.submit(
            _instructions, tree, docs, articles, passes=2 if warm else 1, layout=layout
        )
        base = pool.submit(_instructions, tree, docs, articles if warm else 0, layout=layout)
        return (full.result() - base.result()) / articles


def _cold(tree: Path, cache: Path) -> float:
    """Instructions of the benchmark's cold start beyond a bare interpreter, the bytecode
    cached in ``cache`` (written by a first start outside callgrind)."""
    from benchmarks.conftest import COLD_START, cached_bytecode_env

    # the tree's own factlib, not an installed one
    child = [f"import sys, factlib; assert factlib.__file__.startswith(sys.argv[1])\n{COLD_START}"]
    child.append(str(tree))
    environ = cached_bytecode_env(cache)
    subprocess.run(  # writes the bytecode cache
        [sys.executable, "-c", *child],
        cwd=tree,
        env=_child_env(tree, environ),
        check=True,
        capture_output=True,
    )
    with ThreadPoolExecutor(2) as pool:
        cold = pool.submit(_count, tree, child, environ)
        bare = pool.submit(_count, tree, [_BARE_CHILD], environ)
        return cold.result() - bare.result()


def _scaling(tree: Path, docs: Path, articles: int) -> tuple[float, float]:
    """Instructions for one document of ``articles`` articles and for the same ×10."""
    with ThreadPoolExecutor(2) as pool:
        one, ten, warm = (
            pool.submit(_instructions, tree, docs, n, copies)
            for n, copies in ((articles, 1), (articles, 10), (0, 1))
        )
        base = warm.result()
        return one.result() - base, ten.result() - base


def _check_out(rev: str, tree: Path) -> None:
    """``rev`` in a temporary git worktree at ``tree``; :data:`WORKTREE`, the working tree as
    it is (its changes, and its new files not ignored), copied there too.

    Why not count the working tree where it is: the same code counted 0.19% more
    instructions per article in it than in a temporary worktree (2026-12-07; object
    addresses, and so the order of what is hashed by them, follow the paths' lengths).
    Every revision in a tree of the same path length compares like with like."""
    git = ["git", "-C", str(ROOT)]
    snapshot = rev
    if rev == WORKTREE:  # a commit of the tree's changes that leaves the tree alone
        made = subprocess.run([*git, "stash", "create"], check=True, capture_output=True)
        snapshot = made.stdout.decode().strip() or "HEAD"
    subprocess.run([*git, "worktree", "add", "-q", "--detach", str(tree), snapshot], check=True)
    if rev == WORKTREE:
        new = subprocess.run(
            [*git, "ls-files", "-z", "--others", "--exclude-standard"],
            check=True,
            capture_output=True,
        )
        for name in filter(None, new.stdout.decode().split("\0")):
            (tree / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, tree / name, follow_symlinks=False)


def _change(counts: list[float]) -> str:
    """The last count against the first, as printed after it."""
    return f"  {counts[-1] / counts[0] - 1:+.2%}" if len(counts) > 1 else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revisions", nargs="*", default=[WORKTREE])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--scaling", action="store_true", help="one document and the same ×10")
    parser.add_argument("--cold", action="store_true", help="import and the first extract")
    parser.add_argument("--warm", action="store_true", help="a second pass over the articles")
    parser.add_argument("--sentences", action="store_true", help="each sentence a call")
    parser.add_argument(
        "--layouts", type=int, default=1, help="average over so many layouts of memory"
    )
    args = parser.parse_args(argv)
    if args.layouts > 1 and (args.cold or args.scaling):
        parser.error("--layouts averages the per-article counts; --cold and --scaling count once")
    if shutil.which("valgrind") is None:
        print("count_instructions: valgrind is not installed", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from benchmarks.conftest import _corpus

    source, docs = _corpus()
    unit = "article"
    if args.sentences:  # the texts as the benchmark's sentence row cuts them, in order
        from factlib.sentences import sentences

        docs = [(text[a:b], ref) for text, ref in docs for a, b in sentences(text)]
        unit = "sentence"
    if len(docs) < WARM_UP + args.articles:
        parser.error(f"the {source} holds {len(docs)} documents, fewer than {args.articles} + 5")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "docs.json"
        data.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
        counts: list[float] = []
        for i, rev in enumerate(args.revisions):
            tree = Path(tmp) / f"tree{i}"
            try:
                _check_out(rev, tree)
                if args.cold:
                    counts.append(_cold(tree, Path(tmp) / f"cache{i}"))
                    print(f"{rev:>20}  {counts[-1] / 1e6:9.1f} M instructions to start", end="")
                    print(_change(counts))
                    continue
                if args.scaling:
                    one, ten = _scaling(tree, data, args.articles)
                    print(
                        f"{rev:>20}  {one / 1e6:9.1f} M instructions for one document, "
                        f"{ten / 1e6:9.1f} M for ×10: {ten / one:.2f}×"
                    )
                    continue
                each = [
                    _per_article(tree, data, args.articles, args.warm, layout)
                    for layout in range(args.layouts)
                ]
                counts.append(sum(each) / len(each))
            finally:
                if tree.exists():  # checked out, though the copy of a new file may have failed
                    subprocess.run(
                        ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                        check=True,
                    )
            print(f"{rev:>20}  {counts[-1] / 1e6:9.3f} M instructions per {unit}", end="")
            if len(each) > 1:  # the spread over layouts, as a share of their mean
                print(f" (layouts within {(max(each) - min(each)) / counts[-1]:.2%})", end="")
            print(_change(counts))
    if args.cold:
        print("(import factlib and extract the bundled article, less a bare interpreter)")
        return 0
    what = "in one document" if args.scaling else "each alone"
    what += ", a second pass over them" if args.warm and not args.scaling else ""
    what += f", the mean of {args.layouts} layouts" if args.layouts > 1 and not args.scaling else ""
    print(f"({args.articles} {unit}s of the {source} {what}, after {WARM_UP} to warm up)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

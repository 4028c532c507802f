"""python -m factcheck.temporal --anchor 2011-05-22 [FILE]: one JSON line per mention."""

import argparse
import datetime
import json
import sys

from factcheck.temporal.tagger import tag


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.temporal",
        description="Print the dates in a text (FILE, or stdin) as JSON lines.",
    )
    parser.add_argument("--anchor", required=True, help="publication date, YYYY-MM-DD")
    parser.add_argument("file", nargs="?", help="text file to read (default: stdin)")
    args = parser.parse_args(argv)
    try:
        anchor = datetime.date.fromisoformat(args.anchor)
    except ValueError:
        print(
            f"error: --anchor must be a date like 2011-05-22, not {args.anchor!r}", file=sys.stderr
        )
        return 2
    try:
        if args.file:
            with open(args.file, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
        else:
            # Bytes that are no UTF-8 become U+FFFD, as in a file: never a traceback.
            text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    except OSError as error:
        print(f"error: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return 2
    if hasattr(sys.stdout, "reconfigure"):
        # JSON lines are UTF-8 whatever the terminal's encoding ("St Patrick’s Day" under
        # PYTHONIOENCODING=ascii raised UnicodeEncodeError).
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        for mention in tag(text, anchor):
            print(json.dumps(mention.as_dict(), ensure_ascii=False))
        sys.stdout.flush()
    except BrokenPipeError:  # `... | head` closed the pipe: not an error of ours
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

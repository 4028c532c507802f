"""Raw bytes into text, and the error every reader of an article's source raises.

Apart from article_import and fetch so both can use them without importing each other."""


class ArticleSourceError(Exception):
    """The source cannot be imported. The message is for the editor: one sentence that
    says what went wrong and what to do."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def decode_bytes(data: bytes, *, charset: str, what: str) -> str:
    """Text from bytes: the declared charset, else UTF-8 (with or without BOM), else
    Windows-1252 (what old newsroom systems export). NUL bytes or bytes that none of
    them reads mean the file is not text."""
    if b"\x00" in data:
        raise ArticleSourceError(
            f"{what} looks like a binary file, not text; save the article as .txt, .md "
            "or .html, or paste its text."
        )
    for encoding in filter(None, [charset, "utf-8-sig", "cp1252"]):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise ArticleSourceError(
        f"{what} is not readable text (neither UTF-8 nor Windows-1252); save it as UTF-8 "
        "text, or paste its text."
    )

"""Readable text and metadata from HTML pages and from plain-text or markdown articles."""

import datetime

from factcheck.text.html import read_html, read_plain

PARAGRAPHS = [
    "The city council voted on May 18 to close the old bridge, officials said on Saturday.",
    "Repairs began last September. The bridge opened in 1961 and has carried traffic since.",
    "A third paragraph follows here, with more about the bridge, the council and the vote.",
]


def page(head="", body_extra=""):
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        f"<html><head><title>Council closes bridge | Daily Example</title>{head}"
        "<style>p { color: red }</style><script>var tracking = 'SCRIPT-TEXT';</script></head>"
        "<body><nav>Home | World | Sport</nav><article><h1>Council closes bridge</h1>"
        f"{paragraphs}<script>alert('INLINE-SCRIPT')</script>{body_extra}</article>"
        "<footer>Copyright Daily Example</footer></body></html>"
    )


def test_it_keeps_the_paragraphs_with_a_blank_line_between():
    read = read_html(page())
    assert read.body.split("\n\n") == PARAGRAPHS


def test_it_drops_scripts_styles_and_the_repeated_headline():
    read = read_html(page())
    assert "SCRIPT-TEXT" not in read.body
    assert "INLINE-SCRIPT" not in read.body
    assert "color: red" not in read.body
    assert not read.body.startswith("Council closes bridge")


def test_it_reads_metadata_from_meta_tags():
    head = (
        '<meta property="og:site_name" content="Daily Example">'
        '<meta name="author" content="Jane Roe">'
        '<meta property="article:published_time" content="2011-05-22T10:00:00Z">'
    )
    read = read_html(page(head), url="https://news.example.org/bridge")
    assert read.title == "Council closes bridge"
    assert read.outlet == "Daily Example"
    assert read.byline == "Jane Roe"
    assert read.published_on == datetime.date(2011, 5, 22)
    assert read.url == "https://news.example.org/bridge"


def test_json_ld_wins_over_other_metadata():
    head = (
        '<meta property="og:site_name" content="Wrong Name">'
        '<script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "NewsArticle", "headline": "Bridge to close",'
        ' "datePublished": "2011-05-21", "author": [{"@type": "Person", "name": "Ann Lee"}],'
        ' "publisher": {"@type": "Organization", "name": "The Example Times"}}</script>'
    )
    read = read_html(page(head))
    assert read.title == "Bridge to close"
    assert read.outlet == "The Example Times"
    assert read.byline == "Ann Lee"
    assert read.published_on == datetime.date(2011, 5, 21)


def test_broken_json_ld_is_ignored():
    head = '<script type="application/ld+json">{not json</script>'
    assert read_html(page(head)).body.split("\n\n") == PARAGRAPHS


def test_a_very_short_page_still_gives_its_text():
    read = read_html("<html><body><p>Only this line.</p></body></html>")
    assert read.body == "Only this line."


def test_a_page_without_text_gives_an_empty_body():
    assert read_html("<html><body><script>x()</script></body></html>").body == ""


def test_plain_text_header_lines_become_metadata():
    text = (
        "# Taliban Warns Kazakhstan\n\nMay 22, 2011\n\n**The  Moscow Times**\n\n"
        "KABUL, Afghanistan — The Taliban has warned Kazakhstan.\n\n"
        "Original url:\n\n<https://www.example.org/2011/05/22/taliban>"
    )
    read = read_plain(text)
    assert read.title == "Taliban Warns Kazakhstan"
    assert read.published_on == datetime.date(2011, 5, 22)
    assert read.outlet == "The Moscow Times"
    assert read.url == "https://www.example.org/2011/05/22/taliban"
    # The dateline is part of the story; the header and the link trailer are not.
    assert read.body == "KABUL, Afghanistan — The Taliban has warned Kazakhstan."


def test_a_first_line_followed_by_a_byline_and_date_is_the_title():
    read = read_plain("Bridge to close\nBy Jane Roe\n22 May 2011\n\nThe council met.")
    assert (read.title, read.byline, read.published_on) == (
        "Bridge to close",
        "Jane Roe",
        datetime.date(2011, 5, 22),
    )
    assert read.body == "The council met."


def test_a_setext_heading_is_a_title():
    read = read_plain("Bridge to close\n===============\n\nThe council met.")
    assert read.title == "Bridge to close"
    assert read.body == "The council met."


def test_prose_without_a_header_is_left_alone():
    text = "The council met on Monday.\nIt voted to close the bridge."
    read = read_plain(text)
    assert read.body == text
    assert (read.title, read.outlet, read.byline, read.published_on, read.url) == (
        "",
        "",
        "",
        None,
        "",
    )


def test_an_impossible_date_line_is_not_a_publication_date():
    read = read_plain("# Title\n\nFebruary 30, 2011\n\nThe council met.")
    assert read.published_on is None
    assert "February 30, 2011" in read.body


def test_a_full_date_in_the_dateline_is_the_publication_date_when_no_date_line_gives_one():
    assert read_plain("NEW YORK, May 3, 2011 (Reuters) — Stocks fell.").published_on == (
        datetime.date(2011, 5, 3)
    )
    assert read_plain("WASHINGTON (AP) — Stocks fell.").published_on is None

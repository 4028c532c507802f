"""Forms for the editor workspace. Each field carries a label; each bad input gets a
message that says what to do, and a form with errors keeps everything typed."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from factcheck.models import Article, Claim, Source, Verdict
from factcheck.services.claims import locate_quote
from factcheck.validators import (
    WEB_ADDRESS_ERRORS,
    NoSilentCut,
    TextLimit,
    http_url_validator,
    reject_early_publication,
    text_errors,
)

UPLOAD_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

# Typed dates besides the ISO one a date picker sends: what people write in a newsroom.
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y"]


def reject_future_publication(value: datetime.date | None) -> None:
    """An article is imported after it appears. A date past tomorrow (time zones) is a
    slip ("2101" for "2011", "9999" from a date picker) that would move every relative
    date in the text with it."""
    if value and value > timezone.localdate() + datetime.timedelta(days=1):
        raise ValidationError(
            f"The publication date {value.isoformat()} is in the future: check the year."
        )


# The claim as the editor phrases it: a sentence or two that the public page shows as a
# heading, with the article's own words in the quote beside it.
STATEMENT_MAX_CHARS = 1000
statement_limit = TextLimit(
    STATEMENT_MAX_CHARS,
    "The claim",
    "Say it in a sentence or two; the quote keeps the article's own words.",
)


ARTICLE_TITLE_ERRORS = text_errors(
    "The title", "Give the headline alone; the standfirst belongs in the text."
)
OUTLET_ERRORS = text_errors("The outlet's name", "Give the name alone.")
BYLINE_ERRORS = text_errors("The byline", "Give the reporters' names alone.")
DATE_TEXT_ERRORS = text_errors(
    "The date", "Give the date alone, as written, for example “Sept 2010” or “May 18”."
)
STATEMENT_ERRORS = text_errors("The claim")  # its length: statement_limit
QUOTE_ERRORS = text_errors("The quote")


class WebAddressField(forms.URLField):
    """A URL field whose one validator is ours (http and https only). URLField's own
    validator also refuses "javascript:alert(1)", and the form listed the same message
    twice; the wording says what to type."""

    default_validators = [http_url_validator]
    default_error_messages = {
        "invalid": "Enter a web address starting with http:// or https://.",
        **WEB_ADDRESS_ERRORS,
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        kwargs.setdefault("max_length", 2000)
        kwargs.setdefault("widget", forms.URLInput(attrs={"placeholder": "https://"}))
        super().__init__(**kwargs)


def add_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Put a service's ValidationError on the form: on a field when the form has it,
    otherwise at the top, so no message is dropped."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


class ArticleImportForm(NoSilentCut, forms.Form):
    """Step one reads the source; when the source leaves out the title or the date, the
    form comes back with the extracted text in `text`, so nothing needs uploading twice."""

    text = forms.CharField(
        label="Paste the article's text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text="Or upload a file, or give a URL. Pasted text is used as it is.",
        error_messages=text_errors("The pasted text"),
    )
    upload = forms.FileField(
        label="Or upload a file",
        required=False,
        help_text="A .txt, .md or .html file.",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(UPLOAD_SUFFIXES)}),
    )
    url = WebAddressField(
        label="Or the article's URL",
        required=False,
        help_text="Fetched when no text is pasted or uploaded; kept as the article's link.",
    )
    title = forms.CharField(
        label="Title", required=False, max_length=300, error_messages=ARTICLE_TITLE_ERRORS
    )
    outlet = forms.CharField(
        label="Outlet", required=False, max_length=200, error_messages=OUTLET_ERRORS
    )
    byline = forms.CharField(
        label="Byline", required=False, max_length=300, error_messages=BYLINE_ERRORS
    )
    published_on = forms.DateField(
        label="Publication date",
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[reject_early_publication, reject_future_publication],
        help_text="Anchors every relative date in the text (“last year”, “on Saturday”).",
        error_messages={
            "invalid": "Enter the publication date as a date, for example 2011-05-22.",
        },
    )

    def __init__(self, *args, complete: bool = False, **kwargs):
        # `complete` is the second pass, after the source was read: title and date are
        # then required, as the article cannot exist without them.
        super().__init__(*args, **kwargs)
        self.complete = complete

    def clean_text(self):
        text = self.cleaned_data["text"]
        if len(text) > settings.ARTICLE_MAX_CHARS:
            raise ValidationError(
                f"The text is too long: {len(text):,} characters, the limit is "
                f"{settings.ARTICLE_MAX_CHARS:,}. Paste one article at a time."
            )
        if text and not text.strip():
            return ""
        return text

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload and not upload.name.lower().endswith(UPLOAD_SUFFIXES):
            raise ValidationError(
                f"“{upload.name}” is not a text file: upload a .txt, .md or .html file."
            )
        return upload

    def clean(self):
        data = super().clean()
        if not self.errors and not (data.get("text") or data.get("upload") or data.get("url")):
            raise ValidationError("Paste the article's text, upload a file or give its URL.")
        if data.get("text") and data.get("upload"):
            # Either would be dropped without a word; the editor chooses.
            self.add_error(
                "upload",
                "You pasted text and chose a file: clear the text box to import the file, "
                "or remove the file to import the pasted text.",
            )
        if self.complete:
            if not data.get("title"):
                self.add_error("title", "The source gives no title: enter one.")
            if not data.get("published_on") and "published_on" not in self.errors:
                self.add_error(
                    "published_on",
                    "The source gives no publication date: enter the date the article "
                    "was published.",
                )
        return data

    @property
    def source_field(self) -> str:
        """The field a source-reading error belongs to."""
        if self.cleaned_data.get("text"):
            return "text"
        if self.cleaned_data.get("upload"):
            return "upload"
        return "url"

    def source_arguments(self) -> dict:
        """What read_source gets: pasted text wins, then the upload, then the URL."""
        data = self.cleaned_data
        if data.get("text"):
            return {"text": data["text"]}
        if data.get("upload"):
            return {"upload": data["upload"]}
        return {"url": data["url"].strip()}

    def completed_with(self, imported) -> "ArticleImportForm":
        """A second-pass form: the extracted text in `text`, and the source's metadata
        wherever the editor left a field empty (what the editor typed wins)."""
        data = self.data.copy()
        data["text"] = imported.body
        for field in ("title", "outlet", "byline", "url"):
            if not (data.get(field) or "").strip() and getattr(imported, field, ""):
                data[field] = getattr(imported, field)
        published_on = self.cleaned_data.get("published_on") or imported.published_on
        if isinstance(published_on, datetime.date):
            data["published_on"] = published_on.isoformat()
        return ArticleImportForm(data, complete=True)


class ArticleDetailsForm(NoSilentCut, forms.Form):
    """The article's details after import. A plain form rather than a ModelForm: a
    ModelForm would write the new date onto the article while validating, and the
    service must still see the old one to know whether the anchor moved."""

    title = forms.CharField(
        label="Title",
        max_length=300,
        error_messages={
            "required": "Give the article a title: readers see it on every page.",
            **ARTICLE_TITLE_ERRORS,
        },
    )
    outlet = forms.CharField(
        label="Outlet", required=False, max_length=200, error_messages=OUTLET_ERRORS
    )
    byline = forms.CharField(
        label="Byline", required=False, max_length=300, error_messages=BYLINE_ERRORS
    )
    url = WebAddressField(label="URL of the original", required=False)
    published_on = forms.DateField(
        label="Publication date",
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[reject_early_publication, reject_future_publication],
        help_text="Anchors every relative date in the text: changing it re-reads the "
        "claims' dates (“last September” moves with it).",
        error_messages={
            "required": "Enter the publication date: it anchors every relative date.",
            "invalid": "Enter the publication date as a date, for example 2011-05-22.",
        },
    )
    # The article's updated_at when the form was built, to refuse a stale save.
    seen_updated_at = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, article: Article, **kwargs):
        kwargs.setdefault("auto_id", "article-%s")
        kwargs.setdefault(
            "initial",
            {
                **{name: getattr(article, name) for name in ("title", "outlet", "byline", "url")},
                "published_on": article.published_on,
                "seen_updated_at": article.updated_at.isoformat() if article.updated_at else "",
            },
        )
        super().__init__(*args, **kwargs)
        self.article = article

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "title": data["title"],
            "outlet": data["outlet"],
            "byline": data["byline"],
            "url": data["url"],
            "published_on": data["published_on"],
            "seen_updated_at": data["seen_updated_at"] or None,
        }


class ClaimSpanMixin:
    """Turns the quote into a span of the article text. With JavaScript, selecting text
    fills start and end; without it, the editor types the quote and we find it."""

    article_body: str = ""

    def locate_quote(self, quote: str, start: int | None, end: int | None, near: int = 0):
        body = self.article_body
        # Offsets come only from a selection (editor.js clears them when the quote is
        # retyped), so they win over the selection's text, which the browser may have
        # joined across paragraphs differently.
        if start is not None and end is not None and 0 <= start < end <= len(body):
            return body[start:end], start, end
        quote = quote.strip()
        if not quote:
            raise ValidationError(
                {"quote": "Select the words in the article, or type them exactly as written."}
            )
        start, end = locate_quote(body, quote, near=near)
        return quote, start, end


class SelectionFields(NoSilentCut, forms.Form):
    """The span of a selection in the article. Empty unless editor.js fills them from a
    selection: stale offsets next to a retyped quote would contradict it."""

    start = forms.IntegerField(
        required=False, min_value=0, widget=forms.HiddenInput(attrs={"data-role": "start"})
    )
    end = forms.IntegerField(
        required=False, min_value=0, widget=forms.HiddenInput(attrs={"data-role": "end"})
    )


class ClaimEditForm(SelectionFields):
    """The span goes to edit_claim as the editor gave it: a selection (start and end,
    filled by editor.js) or typed words, which the service finds in the text."""

    statement = forms.CharField(
        label="Claim",
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=[statement_limit],
        help_text="As you phrase it.",
        error_messages=STATEMENT_ERRORS,
    )
    quote = forms.CharField(
        label="Quote from the article",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 3, "data-role": "quote"}),
        help_text="Select text in the article to fill this, or type the exact words.",
        error_messages=QUOTE_ERRORS,
    )
    date_text = forms.CharField(
        label="Date",
        required=False,
        max_length=200,
        help_text="As written, for example “Sept 2010”, “2010-09” or “May 18”. "
        "Leave empty for a claim with no date.",
        error_messages=DATE_TEXT_ERRORS,
    )
    seen_version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, claim: Claim, **kwargs):
        kwargs.setdefault("auto_id", f"claim-{claim.pk}-edit-%s")
        kwargs.setdefault(
            "initial",
            {
                "statement": claim.statement,
                "quote": claim.quote,
                "date_text": claim.date_text,
                "seen_version": claim.version,
            },
        )
        super().__init__(*args, **kwargs)
        self.claim = claim

    def span_arguments(self) -> dict:
        """quote/start/end for edit_claim: a selection wins; else the typed quote."""
        data = self.cleaned_data
        if data.get("start") is not None and data.get("end") is not None:
            return {"quote": None, "start": data["start"], "end": data["end"]}
        quote = data.get("quote") or ""
        return {"quote": quote if quote.strip() else None, "start": None, "end": None}


class AddClaimForm(ClaimSpanMixin, SelectionFields):
    quote = forms.CharField(
        label="Selected text",
        strip=False,
        widget=forms.Textarea(attrs={"rows": 3, "data-role": "quote"}),
        help_text="Select words in the article above, or type them exactly as written.",
        error_messages={
            "required": "Select the words in the article, or type them exactly.",
            **QUOTE_ERRORS,
        },
    )
    statement = forms.CharField(
        label="Claim (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        validators=[statement_limit],
        help_text="Leave empty to use the selected words.",
        error_messages=STATEMENT_ERRORS,
    )
    date_text = forms.CharField(
        label="Date (optional)",
        required=False,
        max_length=200,
        help_text="Leave empty to take the date from the selected words.",
        error_messages=DATE_TEXT_ERRORS,
    )

    def __init__(self, *args, article, **kwargs):
        kwargs.setdefault("auto_id", "add-claim-%s")
        super().__init__(*args, **kwargs)
        self.article_body = article.body

    def clean(self):
        data = super().clean()
        if "quote" in data:
            data["quote"], data["start"], data["end"] = self.locate_quote(
                data["quote"], data.get("start"), data.get("end"), near=data.get("start") or 0
            )
        return data


class VerdictForm(NoSilentCut, forms.Form):
    verdict = forms.ChoiceField(label="Verdict", choices=Verdict.choices)
    note = forms.CharField(
        label="Rationale",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What readers see: why this verdict.",
        error_messages=text_errors("The rationale"),
    )
    seen_version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, claim: Claim, **kwargs):
        kwargs.setdefault("auto_id", f"claim-{claim.pk}-verdict-%s")
        kwargs.setdefault(
            "initial",
            {"verdict": claim.verdict, "note": claim.verdict_note, "seen_version": claim.version},
        )
        super().__init__(*args, **kwargs)
        self.claim = claim


class SourceForm(NoSilentCut, forms.ModelForm):
    class Meta:
        model = Source
        fields = ["url", "citation", "title", "publisher", "excerpt", "stance"]
        labels = {
            "url": "Source URL",
            "citation": "Or a citation",
            "title": "Title",
            "publisher": "Publisher",
            "excerpt": "Excerpt",
            "stance": "Stance",
        }
        widgets = {
            "url": forms.URLInput(attrs={"placeholder": "https://"}),
            "citation": forms.Textarea(attrs={"rows": 2}),
            "excerpt": forms.Textarea(attrs={"rows": 2}),
        }
        # Citation and excerpt have their limits on the model (Source), with messages
        # that say what to cut (no "max_length" here: it would replace them); title and
        # publisher are short columns.
        error_messages = {
            "url": {
                "invalid": "Enter a web address starting with http:// or https://, "
                "or leave it empty and give a citation.",
                **WEB_ADDRESS_ERRORS,
            },
            "citation": text_errors("The citation"),
            "title": text_errors("The title", "Shorten it; the link leads to the full title."),
            "publisher": text_errors("The publisher's name", "Give the name alone."),
            "excerpt": text_errors("The excerpt"),
        }

    def __init__(self, *args, claim: Claim, **kwargs):
        kwargs.setdefault("auto_id", f"claim-{claim.pk}-source-%s")
        super().__init__(*args, **kwargs)
        self.claim = claim
        self.instance.claim = claim

    def clean(self):
        data = super().clean()
        typed_url = (self.data.get("url") or "").strip()
        if self.has_error("url") and typed_url:
            # A refused URL is left out of cleaned_data, so Source.clean() would think
            # none was typed and add "give a URL or a citation" under the message that
            # says what is wrong with it. The instance is never saved with it.
            self.instance.url = typed_url
        return data


class DashboardFilterForm(NoSilentCut, forms.Form):
    q = forms.CharField(
        label="Search title or outlet",
        required=False,
        max_length=200,
        error_messages=text_errors(
            "The search", "Search for a word or two of the title or the outlet."
        ),
    )
    verdict = forms.ChoiceField(
        label="Has a claim rated",
        required=False,
        choices=[("", "Any verdict"), *Verdict.choices],
    )
    outlet = forms.CharField(
        label="Outlet", required=False, max_length=200, error_messages=OUTLET_ERRORS
    )
    published = forms.ChoiceField(
        label="State",
        required=False,
        choices=[("", "Drafts and published"), ("yes", "Published"), ("no", "Drafts")],
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "filter-%s")
        super().__init__(*args, **kwargs)

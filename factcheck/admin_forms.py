"""Forms the admin shares between apps (claims here, timeline events in timeline.admin).
Apart from factcheck.forms, whose editor forms lean on the claim services: an admin form
needs the models only."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import pretty_name

from factcheck.models import DATE_FIELDS
from factcheck.validators import WEB_ADDRESS_ERRORS, NoSilentCut, text_errors


class HouseAdminForm(NoSilentCut, forms.ModelForm):
    """The form of every admin page of ours, as `form` of each ModelAdmin and inline.
    No input carries maxlength (NoSilentCut): a paste longer than the limit reaches the
    server whole, and a too long text or a NUL byte is refused in the editor pages'
    wording, named after the field's label ("The headline is too long: 412 characters,
    the limit is 200. Shorten it."), with the text kept in the form."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if isinstance(field, forms.CharField):
                # Messages the form sets itself (Meta.error_messages) win.
                field.error_messages = {**_text_errors_for(name, field), **field.error_messages}


def _text_errors_for(name: str, field: forms.CharField) -> dict[str, str]:
    if isinstance(field, forms.URLField):
        return WEB_ADDRESS_ERRORS
    label = field.label or pretty_name(name)
    # "Date as written" reads "The date as written"; an acronym keeps its capitals.
    what = "The " + (label if label[:2].isupper() else label[0].lower() + label[1:])
    # A field without max_length may have a TextLimit of its own: no "max_length" here.
    return text_errors(what, "Shorten it." if field.max_length is not None else None)


class TypedDateAdminForm(HouseAdminForm):
    """An admin form for a model with DatedFields: the date as written is read with the
    editor's reader, so "May 2011" sets the value, bounds and precision, as a date typed
    on the editor pages does. With no text, the value and bounds typed below it are
    kept; a text saved unchanged keeps its date (read again, "last September" could move
    with the anchor), unless the record has no bounds yet, which reading it repairs. A
    form may leave the value and bounds out (shown read-only): the text is then the one
    way to change the date, and every field of it moves together."""

    def date_anchor(self, cleaned: dict) -> datetime.date:
        """What relative dates count from: the publication date of the record's article."""
        raise NotImplementedError

    def clean(self):
        cleaned = super().clean()
        text = (cleaned.get("date_text") or "").strip()
        earliest = cleaned.get("earliest") if "earliest" in self.fields else self.instance.earliest
        if not text or ("date_text" not in self.changed_data and earliest):
            return cleaned
        try:
            self.instance.set_date_from_text(text, anchor=self.date_anchor(cleaned))
        except ValidationError as error:
            self.add_error(None, error)
            return cleaned
        # The form copies cleaned_data onto the instance after clean(): keep them equal.
        cleaned.update({name: getattr(self.instance, name) for name in DATE_FIELDS})
        return cleaned

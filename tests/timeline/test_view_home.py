import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_it_lists_published_timelines_only(anonymous, timeline_factory):
    timeline_factory(title="Bridge story", is_published=True)
    timeline_factory(title="Secret draft", is_published=False)

    response = anonymous.get(reverse("public:home"))

    assert response.status_code == 200
    assert b"Bridge story" in response.content
    assert b"Secret draft" not in response.content
    assert response.content.count(b"<h1") == 1

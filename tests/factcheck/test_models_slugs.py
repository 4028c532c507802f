import pytest

from factcheck.models import Article
from factcheck.models.slugs import slug_words, unique_slug
from tests.factories import ArticleFactory


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("2011-05-22 Council closes bridge", "2011-05-22-council-closes-bridge"),
        ("2011-05-22 Café résumé", "2011-05-22-cafe-resume"),  # accents off, as before
        ("2011-05-22 Путин и Медведев", "2011-05-22-путин-и-медведев"),
        ("2011-05-22 الحرب في سوريا", "2011-05-22-الحرب-في-سوريا"),
        ("2011-05-22 中国经济", "2011-05-22-中国经济"),
        ("2011-05-22 Straße in Łódź", "2011-05-22-straße-in-łódź"),  # "strae-in-odz" in ASCII
        ("2011-05-22 🔥🚒", "2011-05-22-fire-fire-engine"),
        ("2011-05-22 👍🏽", "2011-05-22-thumbs-up-sign"),  # the skin tone adds nothing
        ("2011-05-22 🇺🇦🇷🇺", "2011-05-22-ua-ru"),
        ("🔥 Depot fire", "depot-fire"),  # words say it; the emoji is left out
        ("2011-05-22 ???", "2011-05-22"),
    ],
)
def test_a_slug_keeps_the_words_of_a_title_in_any_script(text, slug):
    assert slug_words(text) == slug


@pytest.mark.django_db
@pytest.mark.parametrize("title", ["Путин и Медведев", "الحرب في سوريا", "中国经济", "🔥🚒"])
def test_titles_without_latin_letters_get_readable_unique_slugs(title):
    first = ArticleFactory(title=title)
    second = ArticleFactory(title=title)

    assert first.slug != "2011-05-22"
    assert second.slug == f"{first.slug}-2"
    first.full_clean()  # the slug field accepts letters of any script


@pytest.mark.django_db
def test_a_title_without_words_keeps_the_date_alone(db):
    assert unique_slug(Article.objects, "2011-05-22 …", fallback="article") == "2011-05-22"
    assert unique_slug(Article.objects, "…", fallback="article") == "article"


@pytest.mark.django_db
def test_an_existing_slug_is_not_renamed():
    article = ArticleFactory(title="Путин и Медведев")
    Article.objects.filter(pk=article.pk).update(slug="2011-05-22")
    article.refresh_from_db()

    article.title = "Путин и Медведев встретились"
    article.save()

    assert article.slug == "2011-05-22"

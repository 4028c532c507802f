import pytest

from factcheck.temporal import tagger


@pytest.fixture(autouse=True, scope="session")
def _tagger_errors_fail_the_tests():
    # The tagger logs a bug and falls back to plainer readings in production; here a bug
    # must fail the test that meets it.
    tagger.RAISE_ERRORS = True
    yield
    tagger.RAISE_ERRORS = False

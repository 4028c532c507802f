from pathlib import Path

from factcheck.temporal.evaluation.corpora import discover

CORPORA = Path(__file__).parent / "fixtures" / "corpora"


def test_each_folder_of_tml_files_is_a_corpus_and_siblings_form_a_group():
    corpora = discover([CORPORA / "tiny-tbaq"])
    assert [(c.name, c.format, len(c.files), c.group) for c in corpora] == [
        ("AQUAINT", "TimeML", 1, "tiny-tbaq"),
        ("TimeBank", "TimeML", 1, "tiny-tbaq"),
    ]


def test_a_tree_of_cat_files_is_one_corpus_named_after_its_top_folder():
    corpora = discover([CORPORA])
    meantime = [c for c in corpora if c.format == "MEANTIME"]
    assert [(c.name, len(c.files), c.group) for c in meantime] == [("tiny-meantime", 1, None)]


def test_a_corpus_folder_given_directly_is_that_corpus():
    [corpus] = discover([CORPORA / "tiny-meantime" / "corpus_a"])
    assert (corpus.name, corpus.format) == ("corpus_a", "MEANTIME")


def test_other_files_are_ignored(tmp_path):
    (tmp_path / "notes.xml").write_text("<notes/>")
    (tmp_path / "README.md").write_text("nothing here")
    assert discover([tmp_path]) == []


def test_a_corpus_reads_its_documents():
    [corpus] = discover([CORPORA / "tiny-tbaq" / "TimeBank"])
    [document] = corpus.read()
    assert document.name == "wsj_0001"

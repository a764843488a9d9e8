"""The folding rules: what a reader may type without accents and still find."""

import pytest

from wagtail_emulation.site_search.excerpts import excerpt, highlight, lone_words_marked
from wagtail_emulation.site_search.folding import Query, fold, index_terms, word_terms

TONES = {  # every tone mark on every vowel, with and without a vowel mark
    "a": "àáảãạ",
    "ă": "ằắẳẵặ",
    "â": "ầấẩẫậ",
    "e": "èéẻẽẹ",
    "ê": "ềếểễệ",
    "i": "ìíỉĩị",
    "o": "òóỏõọ",
    "ô": "ồốổỗộ",
    "ơ": "ờớởỡợ",
    "u": "ùúủũụ",
    "ư": "ừứửữự",
    "y": "ỳýỷỹỵ",
}
BASE = {"a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "i": "i", "o": "o", "ô": "o",
        "ơ": "o", "u": "u", "ư": "u", "y": "y"}  # fmt: skip


def test_d_with_stroke_folds_to_d_in_both_cases():
    assert fold("đ") == "d"
    assert fold("Đ") == "d"
    assert fold("Điện Biên") == "dien bien"
    assert fold("ĐỒNG ĐỘI") == "dong doi"


@pytest.mark.parametrize("vowel", sorted(TONES))
def test_every_tone_mark_folds_to_the_bare_vowel(vowel):
    for toned in TONES[vowel] + TONES[vowel].upper():
        assert fold(toned) == BASE[vowel], toned


@pytest.mark.parametrize(
    ("letter", "bare"),
    [("ư", "u"), ("ơ", "o"), ("ă", "a"), ("â", "a"), ("ê", "e"), ("ô", "o"),
     ("Ư", "u"), ("Ơ", "o"), ("Ă", "a"), ("Â", "a"), ("Ê", "e"), ("Ô", "o")],
)  # fmt: skip
def test_vowel_marks_fold_to_the_bare_vowel(letter, bare):
    assert fold(letter) == bare


def test_combining_marks_fold_like_precomposed_letters():
    decomposed = "Hô\u0323i nghi\u0323"  # "Hội nghị" typed with combining marks
    assert fold(decomposed) == "hoi nghi"
    assert index_terms(decomposed) == index_terms("Hội nghị")


def test_each_accented_word_keeps_a_term_of_its_own_accents():
    assert word_terms("hội") == (("hoi",), "hoi0ja")
    assert word_terms("hỏi") == (("hoi",), "hoi0r")
    assert word_terms("hoi") == (("hoi",), None)
    # Letters that differ only by a vowel mark or đ are told apart too.
    words = ("đi", "dì", "ư", "u", "ơ", "o", "ă", "â", "a", "ê", "e", "ô")
    marked = [word_terms(word)[1] for word in words]
    assert marked == ["di0d", "di0f", "u0h", None, "o0h", None, "a0w", "a0a", None, "e0a",
                      None, "o0a"]  # fmt: skip
    assert index_terms("Hội nghị") == " hoi hoi0ja nghi nghi0j "


def test_a_query_matches_on_folded_words_and_ranks_with_its_accents():
    query = Query("  Hội   nghi  TỔNG kết ")
    assert query.text == "Hội nghi TỔNG kết"
    assert query.folded == ["hoi", "nghi", "tong", "ket"]
    assert query.marked == ["hoi0ja", "tong0ar", "ket0as"]
    assert not Query(" … !? ")


def test_a_query_keeps_a_bounded_number_of_words():
    query = Query(" ".join(f"tu{n}" for n in range(100)), max_words=12)
    assert len(query.folded) == 12


def test_highlighting_marks_accented_words_for_an_unaccented_query():
    assert highlight("Tổng kết phong trào thi đua", ["tong", "ket", "thi", "dua"]) == (
        "<mark>Tổng kết</mark> phong trào <mark>thi đua</mark>"
    )
    # Whole words only: "thi" is not lit inside "thiện".
    assert highlight("Hoàn thiện thi đua", ["thi"]) == "Hoàn thiện <mark>thi</mark> đua"
    assert highlight("<b>Điện Biên</b>", ["dien"]) == "&lt;b&gt;<mark>Điện</mark> Biên&lt;/b&gt;"


def test_syllables_standing_alone_are_not_marked_beside_words_of_the_phrase():
    words = ["tong", "ket", "thi", "dua"]
    # "thị" (thị trấn), "đưa" and a lone "kết" fold like syllables of the query, but they
    # are other words: beside "tổng kết" and "thi đua" they stay unmarked.
    text = "Thị trấn đưa kết quả tổng kết phong trào thi đua về bản"
    assert highlight(text, words) == (
        "Thị trấn đưa kết quả <mark>tổng kết</mark> phong trào <mark>thi đua</mark> về bản"
    )
    # The whole phrase is one mark.
    assert highlight("Hội nghị Tổng kết thi đua năm 2025", words) == (
        "Hội nghị <mark>Tổng kết thi đua</mark> năm 2025"
    )
    # Side by side only when they follow each other in the query too: "đua thi" is two.
    assert highlight("đua thi đua", ["thi", "dua"]) == "đua <mark>thi đua</mark>"
    # When nothing else matched, the single syllables are what matched, and are marked.
    assert highlight("Thị trấn đưa tủ sách về bản", words) == (
        "<mark>Thị</mark> trấn <mark>đưa</mark> tủ sách về bản"
    )
    # ...unless the result's other text holds words of the phrase side by side.
    assert highlight("Thị trấn đưa tủ sách về bản", words, lone_words=False) == (
        "Thị trấn đưa tủ sách về bản"
    )
    assert not lone_words_marked(["Thị trấn đưa tủ sách", "được tổng kết"], words)
    assert lone_words_marked(["Thị trấn đưa tủ sách", "Tổng số sách"], words)


def test_a_query_keeps_its_words_in_order_for_the_phrase():
    assert Query("Thi đua, thi đua nữa").words == ["thi", "dua", "thi", "dua", "nua"]


def test_an_excerpt_is_cut_around_the_matches():
    text = "Mở đầu. " * 60 + "Đoàn công tác về Điện Biên Phủ dự hội nghị. " + "Kết thúc. " * 60
    found = excerpt(text, ["dien", "bien"])
    assert "<mark>Điện Biên</mark>" in found
    assert found.startswith("… ") and found.endswith(" …")
    assert len(found) < 400
    assert excerpt("Không có gì.", ["dien"]) == "Không có gì."

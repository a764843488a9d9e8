"""What an attacker sends: odd digits, huge numbers, long and invisible text, nested JSON."""

import json

from hypothesis import strategies as st

NASTY = [
    "",
    " ",
    "²",  # str.isdigit() but not int()
    "٣",  # an Arabic-Indic digit int() accepts
    "１",  # a full-width digit
    "-1",
    "0",
    "00000000000000000000000000000000000001",
    "1e400",
    "NaN",
    "Infinity",
    "9" * 19,  # above a bigint
    "9" * 4301,  # above int()'s string limit
    "null",
    "[]",
    "{}",
    "true",
    "' OR '1'='1",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "//evil.test/",
    "https://evil.test/",
    "\\\\evil.test",
    "../../../etc/passwd",
    "%00",
    "\x00",
    "\u202eỏhc nớl",
    "\u2066\u2067\u2068\u2069",
    "\ufeff",
    "\ud7ff\ue000\uffff",
    "a" * 8000,
    "Ⅻ",
    "𝟘𝟙",
    "25/5/2023",
    "31/02/2023",
    "99/99/99999",
    "2023-05-25",
    "dang-dien-ra",
]

# Text that survives a URL, a form field and a header (no surrogates).
safe_text = st.text(
    alphabet=st.characters(exclude_categories=("Cs",)),
    max_size=60,
)
huge_numbers = st.integers(min_value=-(10**40), max_value=10**40).map(str)
hostile = st.one_of(st.sampled_from(NASTY), safe_text, huge_numbers)
# Headers travel as latin-1 on the wire; gunicorn refuses control characters.
header_text = st.one_of(
    st.sampled_from(["", "a" * 8000, "Mozilla/5.0 " + "(" * 4000, "x" * 513]),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=255), max_size=200),
)
ids = st.one_of(
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from([2**31, 2**63 - 1, 2**63, 2**64, 10**30, 10**4000]),
)

json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(allow_nan=True, allow_infinity=True),
        safe_text,
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(safe_text, inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def json_bodies(draw):
    """A vote's JSON body: well-formed with a hostile score, or nested, huge or broken."""
    kind = draw(st.sampled_from(["score", "value", "nested", "raw"]))
    if kind == "score":
        return json.dumps({"score": draw(st.one_of(json_values, hostile))})
    if kind == "value":
        return json.dumps(draw(json_values))
    if kind == "nested":
        depth = draw(st.integers(min_value=100, max_value=3000))
        return '{"score": ' + "[" * depth + "]" * depth + "}"
    return draw(st.one_of(st.sampled_from(["{", "[" * 2000, '{"score": 4', "\xff\xfe"]), safe_text))


extra_headers = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_USER_AGENT": header_text,
        "HTTP_ACCEPT": st.sampled_from(["application/json", "text/html", "*/*", "", "a" * 5000]),
        "HTTP_X_FORWARDED_FOR": st.one_of(header_text, st.just(", ".join(["10.0.0.1"] * 500))),
        "HTTP_ORIGIN": header_text,
        "HTTP_SEC_FETCH_SITE": st.sampled_from(["same-origin", "cross-site", "none", "x" * 300]),
        "HTTP_X_CSRFTOKEN": header_text,
        "HTTP_DNT": st.sampled_from(["1", "0", "x"]),
        "HTTP_COOKIE": st.one_of(
            header_text,
            header_text.map(lambda value: f"emulation_rater={value}"),
            st.just("emulation_rater=" + "a" * 4000),
        ),
        "HTTP_X_REQUESTED_WITH": st.sampled_from(["fetch", "XMLHttpRequest"]),
    },
)


def query(keys):
    """A query string dict: some of ``keys`` (and a stray one) with hostile values."""
    return st.dictionaries(
        st.one_of(st.sampled_from(keys), safe_text.filter(bool)), hostile, max_size=len(keys) + 1
    )

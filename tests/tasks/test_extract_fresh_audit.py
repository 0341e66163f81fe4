"""What an audit of 1,061 real ANT articles never read for a rule (every 25th of the archive from the second, outside the
slices read before: Sky News Arabia, AlArabiya, CNN, France 24, BBC; 2017-2019) found wrong, each on sentences of its own."""

from __future__ import annotations

from articles import mentions


def test_by_saying_is_how_the_one_named_before_spoke_not_a_speaker() -> None:
    # `وتابع بالقول إن` ("and he went on, saying that"): 13 quotes of the audit's articles had `بالقول` as their speaker
    quotes = mentions("وقال وزير الخارجية الروسي سيرغي لافروف إن الوضع صعب.\nوتابع بالقول إن \"روسيا لا تملك أدلة\".")[1].to_pylist()
    first, second = [q["speaker"] for q in quotes]
    assert "لافروف" in first and second == first

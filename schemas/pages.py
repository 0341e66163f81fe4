"""`pages`: the article pages fetched from feeds' and sitemaps' links; what makes the next run fetch only what is new."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

from akhbar.schemas._types import Int64, column

DESCRIPTION = (
    "One row per article page a run fetched from a feed's or sitemap's link (HTTP 200, within the size limit), published "
    "with what ingest made of it (a document, or a reject such as `language:en`). A later run fetches no link that is a "
    "`url`, `final_url` or `canonical_url` here. A fetch that failed (`http: 404`, `timeout`, `robots: disallowed`, "
    "`too_large`) has no row, only a reject: the link is tried again the next time a feed lists it."
)

COLUMNS = pa.schema(
    [
        column("url", pa.string(), "the link as the feed or sitemap gave it"),
        column("final_url", pa.string(), "the URL the page was fetched from, after redirects: `documents.source_uri` of its article"),
        column("canonical_url", pa.string(), "the article's own address: the page's `<link rel=canonical>` (or `og:url`), else the "
                                             "feed's link; `documents.url`"),
        column("feed_uri", pa.string(), "the feed or sitemap that listed it (`feeds.feed_uri`)"),
        column("status", pa.int64(), "the HTTP status of the page's response (200)"),
        column("bytes", pa.int64(), "the size of the page's body as received (decompressed)"),
        column("content_type", pa.string(), "the response's `Content-Type`; null when it gave none"),
        column("fetched_at", pa.timestamp("us"), "when the run that fetched it started, UTC"),
        column("partition_date", pa.date32(), "the day (UTC) the run fetched it"),
    ]
)


class Pages(pdm.DataFrameModel):
    """Validation rules for `pages`."""

    url: Series[str] = pdm.Field(str_startswith="http")
    final_url: Series[str] = pdm.Field(str_startswith="http")
    bytes: Series[Int64] = pdm.Field(ge=0)

    class Config:
        strict = False


MODEL = Pages

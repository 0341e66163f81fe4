"""`feeds`: each version of a feed or sitemap a run read, with the validators that make the next request conditional."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

from akhbar.schemas._types import Int64, column

DESCRIPTION = (
    "One row per feed (RSS, Atom), news sitemap or sitemap index each time a run read a new version of it, published once "
    "every item it listed is in `documents`, `rejects` or `pages`. Its latest row's `etag` and `last_modified` go with the "
    "next request (`If-None-Match`, `If-Modified-Since`): a feed the server answers 304 Not Modified costs that one request "
    "and adds no row. A local feed file counts as unchanged while its modification time is the same. A feed that could not "
    "be fetched is a reject instead, and its next request is not conditional; a sitemap that a sitemap index names and that "
    "could not be fetched also has a row (null `status`, no validators, 0 items), so that the next run asks for it again "
    "even when the index is unchanged."
)

COLUMNS = pa.schema(
    [
        column("feed_uri", pa.string(), "the feed's URL (a user:password in it written `***`), or the `file://` URI of a local feed file"),
        column("kind", pa.string(), "rss20, rss10, atom10 … (feedparser's name of the format), sitemap or sitemap_index"),
        column("status", pa.int64(), "the HTTP status of the response read (200); null for a local file, or for a sitemap of an "
                                  "index that could not be fetched (see `rejects`)"),
        column("etag", pa.string(), "the response's `ETag`, sent back as `If-None-Match`; null when the server gave none"),
        column("last_modified", pa.string(), "the response's `Last-Modified` (a local file's modification time), sent back as "
                                             "`If-Modified-Since`; null when none"),
        column("parent_uri", pa.string(), "the sitemap index that named this sitemap (its sitemaps are asked for again even when "
                                          "the index is unchanged); null for a feed named as a source"),
        column("items", pa.int64(), "entries it listed (a sitemap index: the sitemaps it names)"),
        column("new_items", pa.int64(), "entries whose link no earlier run fetched: the pages this run requested for it"),
        column("fetched_at", pa.timestamp("us"), "when the run that read it started, UTC (the latest row of a feed is the one that counts)"),
        column("partition_date", pa.date32(), "the day (UTC) the run read it"),
    ]
)


class Feeds(pdm.DataFrameModel):
    """Validation rules for `feeds`."""

    feed_uri: Series[str] = pdm.Field(str_length={"min_value": 1})
    items: Series[Int64] = pdm.Field(ge=0)
    new_items: Series[Int64] = pdm.Field(ge=0)

    class Config:
        strict = False


MODEL = Feeds

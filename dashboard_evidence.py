"""The Evidence tab: the filtered events as a table with a CSV download; selecting a row opens
its article (any of the articles reporting it) with the sentence highlighted and the actors
marked. The row and the article opened are kept in the URL (?event=, ?article=).

Everything from the articles is shown as text: titles and sources escaped, the server's folders
left out of file paths, and a link to the original only when its url is http(s).
"""

from __future__ import annotations

import html
from functools import partial
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

import queries
from dashboard_data import Context
from dashboard_state import kind_name
from dashboard_text import (
    article_html,
    count,
    escape_markdown,
    file_name,
    format_date,
    is_missing,
    safe_url,
)

TABLE_ROWS = 500
MODES = {"in_person": "in person", "call": "by call"}
EXPORT_ROWS = 100_000


def shown_events(table: pd.DataFrame) -> pd.DataFrame:
    """The evidence table as the page and the CSV show it: dates at their precision, what
    happened, links only where safe, file names without the server's folders."""
    return pd.DataFrame(
        {
            "when": [
                format_date(d, p) for d, p in zip(table["event_date"], table["date_precision"], strict=True)
            ],
            "event_type": table["event_type"],
            "status": table["status"],
            "mode": [MODES.get(mode, "") if isinstance(mode, str) else "" for mode in table["mode"]],
            "participants": table["participants"],
            "place": table["location"].fillna(""),
            "sources": table["n_sources"],
            "evidence": table["evidence"],
            "link": [safe_url(url) for url in table["url"]],
            "source": table["source"].fillna(""),
            "file": [file_name(path) for path in table["source_path"]],
            "event_date": table["event_date"],
            "date_precision": table["date_precision"],
        }
    )


def events_csv(db: str, params: dict) -> str:
    """The download: the filtered events as the table shows them, newest first, up to EXPORT_ROWS.
    Made only when the button is clicked, on a thread of its own (no cache, no held instance)."""
    return shown_events(queries.run("dashboard_events", db, params | {"limit": EXPORT_ROWS})).to_csv(
        index=False
    )


def selected_row(table: pd.DataFrame) -> int | None:
    """The row of ?event= in the table, if it is there."""
    wanted = st.query_params.get("event")
    if not wanted:
        return None
    rows = table.index[table["event_id"] == wanted]
    return int(rows[0]) if len(rows) else None


def keep_selection_in_url(table: pd.DataFrame, rows: list[int]) -> None:
    event = table["event_id"].iloc[rows[0]] if rows else None
    if event is None:
        for key in ("event", "article"):
            if key in st.query_params:
                del st.query_params[key]
    elif st.query_params.get("event") != event:
        st.query_params["event"] = event
        if "article" in st.query_params:
            del st.query_params["article"]


def evidence_tab(ctx: Context) -> None:
    summary = ctx.summary
    table = ctx.data.get("dashboard_events", **ctx.params, limit=TABLE_ROWS)
    exported = min(summary.n_events, EXPORT_ROWS)
    shown = (
        f"The {len(table):,} newest of {count(summary.n_events, 'event')}."
        if summary.n_events > len(table)
        else f"{count(len(table), 'event')}."
    )
    st.caption(
        f"{shown} Select a row to read its article."
        + (
            f" The download holds the newest {EXPORT_ROWS:,} of them."
            if summary.n_events > EXPORT_ROWS
            else ""
        )
    )
    st.download_button(
        "Download CSV",
        partial(events_csv, ctx.data.db, ctx.params),
        file_name="events.csv",
        mime="text/csv",
        icon=":material/download:",
        help=f"The {exported:,} {'newest ' if exported < summary.n_events else ''}filtered events as CSV.",
    )
    default = selected_row(table)
    picked = st.dataframe(
        shown_events(table),
        hide_index=True,
        column_order=[
            "when",
            "event_type",
            "status",
            "participants",
            "evidence",
            "place",
            "mode",
            "sources",
            "link",
            "source",
            "file",
        ],
        on_select="rerun",
        selection_mode="single-row",
        selection_default={"selection": {"rows": [default]}} if default is not None else None,
        key="evidence_table",
        column_config={
            "when": st.column_config.TextColumn("date", help="As precise as the text gives it"),
            "event_type": "type",
            "mode": st.column_config.TextColumn("mode", help="Meetings: in person, or by phone or video"),
            "sources": st.column_config.NumberColumn("sources", format="%d", help="Articles reporting it"),
            "evidence": st.column_config.TextColumn(width="large"),
            "link": st.column_config.LinkColumn("link", display_text="open", help="The original article"),
            "file": st.column_config.TextColumn("file", help="The file it was read from"),
        },
    )
    rows = picked.selection.rows
    keep_selection_in_url(table, rows)
    if rows:
        article_view(ctx, table.iloc[rows[0]])


def report_label(report) -> str:
    """How one article reporting the event is offered: title, outlet, date, file."""
    parts = [
        report.title if isinstance(report.title, str) and report.title else file_name(report.source_path),
        report.source if isinstance(report.source, str) and report.source else None,
        None if is_missing(report.published_date) else format_date(report.published_date),
    ]
    return " · ".join(part for part in parts if part)


def article_view(ctx: Context, event: pd.Series) -> None:
    """The article of the selected event, or of another article reporting the same event."""
    reports = ctx.data.get("dashboard_reports", event_id=event.event_id)
    if reports.empty:
        st.warning("The article of this event is no longer in the database.")
        return
    chosen = reports.iloc[0]
    if len(reports) > 1:
        ids = reports["article_id"].tolist()
        wanted = st.query_params.get("article")
        labels = {row.article_id: report_label(row) for row in reports.itertuples(index=False)}
        picked = st.selectbox(
            f"{count(len(reports), 'article')} report this event",
            ids,
            index=ids.index(wanted) if wanted in ids else 0,
            format_func=labels.get,
            key=f"report-{event.event_id}",
        )
        chosen = reports.iloc[ids.index(picked)]
        if picked != ids[0]:
            st.query_params["article"] = picked
        elif "article" in st.query_params:
            del st.query_params["article"]
    article = ctx.data.get("dashboard_article", event_id=chosen.event_id)
    mentions = ctx.data.get("dashboard_mentions", article_id=chosen.article_id)
    if article.empty:
        st.warning("This article is no longer in the database.")
        return
    row = article.iloc[0]
    title = row.title if isinstance(row.title, str) and row.title.strip() else file_name(row.source_path)
    meta = [
        None if is_missing(row.published_date) else format_date(row.published_date),
        row.source if isinstance(row.source, str) and row.source else None,
        file_name(row.source_path) or None,
    ]
    st.html(
        f'<h3 class="article-title">{html.escape(title or "Article")}</h3>'
        f'<p class="article-meta" style="color:#666">{html.escape(" · ".join(p for p in meta if p))}</p>'
    )
    url = safe_url(row.url)
    if url:
        st.link_button(
            f"Open the original at {escape_markdown(urlsplit(url).hostname)}",
            url,
            icon=":material/open_in_new:",
        )
    mode = ", by call" if event["mode"] == "call" else ""
    kind = f"{event.event_type}, {event.status}{mode}, {format_date(event.event_date, event.date_precision)}"
    st.html(f"<p><b>{html.escape(kind)}</b> (highlighted below): {html.escape(str(chosen.evidence))}</p>")
    kinds = ", ".join(f"{kind_name(k)}" for k in sorted(set(mentions["kind"])) if isinstance(k, str))
    with st.container(height=420):
        st.html(article_html(str(row.text), (int(row.evidence_start), int(row.evidence_end)), mentions))
    if kinds:
        st.caption(
            f"Marked: names of actors ({escape_markdown(kinds)}); hover one for whom it was taken to be."
        )

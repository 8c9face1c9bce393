"""Who met whom, where and when: the Streamlit page over the events database.

    streamlit run dashboard.py -- --db FILE     (else $EVENTS_DB, else data/events.duckdb)

The page reads top to bottom as it looks: sidebar filters, a header line, then one tab each for
the network, the timeline, ceasefires, the map and the evidence. Figures come from charts.py,
queries from queries/dashboard_*.sql; every answer is cached per database snapshot, and the
queries of one page run share one read-only database instance, released when the run ends.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import subprocess
import sys
import tempfile
from dataclasses import replace
from functools import partial
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

import charts
import queries
from dashboard_state import (
    EVENT_TYPES,
    NAME_PARAMS,
    STATUSES,
    Filters,
    date_bounds,
    db_stamp,
    names_from_url,
    names_to_url,
    picked_nodes,
)

PROJECT_DIR = Path(__file__).resolve().parent
TABS = ("Network", "Timeline", "Ceasefires", "Map", "Evidence")
TABLE_ROWS = 500
EXPORT_ROWS = 100_000
LOCK_WAIT_SECONDS = 1.0
UPLOAD_TYPES = ["txt", "jsonl", "json", "csv", "tsv", "html", "htm"]
PLOTLY_CONFIG = {"displaylogo": False, "scrollZoom": True}


def database_path() -> Path:
    """--db after `--` on the streamlit command line, else $EVENTS_DB, else the default."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    args, _ = parser.parse_known_args(sys.argv[1:])
    return queries.resolve_db_path(args.db)


@st.cache_data(show_spinner=False, max_entries=512)
def run_query(name: str, db: str, stamp: tuple, params: dict, _wait: float, _hold) -> pd.DataFrame:
    _hold(_wait)
    return queries.run(name, db, params, wait_seconds=_wait)


@st.cache_resource
def last_good_stamps() -> dict:
    """Per database file, the snapshot that last answered: shown while ingest holds the file."""
    return {}


class Data:
    """Cached read-only answers for this run; while ingest writes, the last snapshot answers.

    On the first query that misses the cache, the run opens the file read-only and holds that
    connection until the run ends (`with data:`). queries.run still opens its own connection per
    query, but DuckDB gives it the held database instance, so the run's queries share one block
    cache instead of each reading the file afresh. Between runs nothing is held, and ingest, which
    waits up to a minute for readers, writes then.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        self.db = str(db_path)
        self.stamp = db_stamp(db_path)
        self.busy = False
        self.held: duckdb.DuckDBPyConnection | None = None

    def __enter__(self) -> Data:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()

    def hold(self, wait_seconds: float) -> None:
        if self.held is None:
            self.held = queries.connect(self.db, read_only=True, wait_seconds=wait_seconds)

    def release(self) -> None:
        """Let go of the file, as before a write from this page (ingest waits for readers)."""
        if self.held is not None:
            self.held.close()
            self.held = None

    def get(self, name: str, **params) -> pd.DataFrame | None:
        if not self.busy:
            try:
                frame = run_query(name, self.db, self.stamp, params, LOCK_WAIT_SECONDS, self.hold)
                last_good_stamps()[self.db] = self.stamp
                return frame
            except queries.DatabaseBusy:
                self.busy = True
        good = last_good_stamps().get(self.db)
        if good is None:
            return None
        try:
            return run_query(name, self.db, good, params, 0.0, self.hold)
        except queries.DatabaseBusy:
            return None


@st.cache_data(show_spinner=False, max_entries=64)
def network_positions(node_keys: tuple, edge_rows: tuple) -> pd.DataFrame:
    nodes = pd.DataFrame({"actor_key": list(node_keys)})
    edges = pd.DataFrame(list(edge_rows), columns=["source", "target", "n_meetings"])
    return charts.network_layout(nodes, edges)


def run_ingest(files: list, db_path: Path) -> subprocess.CompletedProcess:
    """Save the uploads to a temporary folder and run the real ingest CLI over it."""
    db_path = db_path.resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="upload-") as folder:
        for upload in files:
            (Path(folder) / Path(upload.name).name).write_bytes(upload.getvalue())
        command = [sys.executable, "-m", "ingest", folder, "--db", str(db_path)]
        return subprocess.run(command, cwd=PROJECT_DIR, capture_output=True, text=True, timeout=3600)


def upload_form(data: Data) -> None:
    files = st.file_uploader(
        "Articles (.txt, .jsonl, .json, .csv, .html)",
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        key="uploads",
    )
    if st.button("Ingest uploaded articles", type="primary", disabled=not files):
        data.release()
        with st.spinner("Extracting events from the uploaded articles…"):
            result = run_ingest(files, data.path)
        st.session_state.ingest_log = (result.returncode, result.stdout + result.stderr)
        if result.returncode == 0:
            st.rerun()
    if "ingest_log" in st.session_state:
        code, log = st.session_state.ingest_log
        (st.success if code == 0 else st.error)(
            "Ingest finished." if code == 0 else f"Ingest failed (exit status {code})."
        )
        st.code(log.strip() or "(no output)", language="text")


def setup_page(data: Data, reason: str, inputs: str = "data/sample ") -> None:
    st.title("Who met whom")
    st.info(f"{reason} Build it from news articles, then reload this page:")
    st.code(f"python -m ingest {inputs}--db {data.path}", language="bash")
    st.markdown("Or upload articles and ingest them from here:")
    upload_form(data)


def busy_page(db_path: Path) -> None:
    st.title("Who met whom")
    st.warning(f"Ingest is writing to `{db_path}` right now. The page shows it once the write is done.")
    st.button("Reload", type="primary")


def actor_label(row) -> str:
    """'Name — role, country': the picker's text, which type-ahead also searches."""
    details = ", ".join(str(v) for v in (row.role, row.country) if isinstance(v, str) and v)
    return f"{row.actor} — {details}" if details else row.actor


def header_line(totals: pd.Series, summary: pd.Series, filters: Filters) -> str:
    span = f"{charts.format_date(totals.first_date)} – {charts.format_date(totals.last_date)}"
    line = (
        f"**{totals.n_events:,}** events · **{totals.n_actors:,}** actors · "
        f"**{totals.n_articles:,}** articles · {span}"
    )
    if filters.narrowed:
        share = summary.n_events / max(totals.n_events, 1)
        line += f"  \nFilters match **{summary.n_events:,}** events ({share:.1%})" + (
            f", {charts.format_date(summary.first_date)} – {charts.format_date(summary.last_date)}"
            if summary.n_events
            else ""
        )
    return line


def seed_names_from_url(names: list[str]) -> None:
    """On a session's first run, the actor pickers start from ?actor=, ?ego= and ?focus=."""
    if st.session_state.get("url_seeded"):
        return
    st.session_state.url_seeded = True
    st.session_state.actors = names_from_url(st.query_params.get_all("actor"), names)
    ego = names_from_url(st.query_params.get_all("ego"), names)
    if ego:
        st.session_state.ego = ego[0]
        st.session_state.ego_mode = True
    st.session_state.focus = names_from_url(st.query_params.get_all("focus"), names)


def write_names_to_url(filters: Filters) -> None:
    entries = names_to_url(filters.actors, filters.ego, filters.focus)
    for key in NAME_PARAMS:
        if st.query_params.get_all(key) != entries.get(key, []):
            if key in entries:
                st.query_params[key] = entries[key]
            else:
                del st.query_params[key]


def network_key() -> str:
    """The network chart's key; a new key drops the chart's selection along with the focus."""
    return f"network-{st.session_state.setdefault('network_round', 0)}"


def on_network_pick() -> None:
    st.session_state.focus = picked_nodes(st.session_state.get(network_key()))


def clear_focus() -> None:
    st.session_state.focus = []
    st.session_state.network_round += 1


def not_cached_note() -> None:
    st.info("This view was not cached before ingest started writing; reload once it has finished.")


def network_tab(data: Data, filters: Filters, params: dict, countries: list[str]) -> None:
    controls, legend, _ = st.columns([2, 1, 1])
    with controls:
        top_n = st.slider(
            "Actors shown",
            10,
            300,
            60,
            step=10,
            key="top",
            bind="query-params",
            help="The busiest actors by number of meetings and visits.",
        )
    with legend:
        color_by = st.segmented_control(
            "Colour by",
            ["country", "kind"],
            default="country",
            required=True,
            key="color",
            bind="query-params",
        )
    # The network is not narrowed by its own node selection; the other tabs are.
    params = params | {"focus": []}
    nodes = data.get("dashboard_network_nodes", **params, top_n=top_n)
    if nodes is None:
        return not_cached_note()
    if nodes.empty:
        st.info("No meetings or visits match these filters (the network leaves out ceasefires).")
        return
    edges = data.get("dashboard_network_edges", **params, node_keys=nodes["actor_key"].tolist())
    if edges is None:
        return not_cached_note()
    if filters.ego:
        ego_key = nodes.loc[nodes["actor"] == filters.ego, "actor_key"]
        drawn = edges[edges["source"].isin(ego_key) | edges["target"].isin(ego_key)]
    else:
        drawn = charts.strongest_edges(edges, limit=3 * len(nodes))
    positions = network_positions(
        tuple(nodes["actor_key"]),
        tuple(drawn[["source", "target", "n_meetings"]].itertuples(index=False, name=None)),
    )
    marked = filters.focus + ((filters.ego,) if filters.ego else ())
    figure = charts.network_figure(
        nodes, drawn, positions, color_by=color_by, countries=countries, focus=marked
    )
    st.plotly_chart(
        figure,
        key=network_key(),
        on_select=on_network_pick,
        selection_mode=("points", "box", "lasso"),
        config=PLOTLY_CONFIG,
    )
    lines = (
        f"the meetings of {filters.ego}"
        if filters.ego
        else (
            f"the {len(drawn):,} strongest of {len(edges):,} pairs"
            if len(drawn) < len(edges)
            else f"{len(edges):,} pairs"
        )
    )
    st.caption(
        f"{len(nodes):,} of {nodes['n_actors'].iloc[0]:,} actors; lines show {lines}. "
        "Node size: meetings and visits; line width: meetings of the pair. "
        "Click a node, or box-select several, to narrow the other tabs to their events."
    )
    if filters.ego:  # the answer to "whom did they meet, when and where" gets the full width
        ego_table(data, filters, params)
    matrix, table = st.columns([3, 2])
    with matrix:
        st.markdown("**Meeting matrix** (the 25 busiest actors)")
        st.plotly_chart(charts.meeting_matrix(nodes, edges, top=25), config=PLOTLY_CONFIG)
    if not filters.ego:
        with table:
            pairs_table(nodes, edges)


def ego_table(data: Data, filters: Filters, params: dict) -> None:
    st.markdown(f"**Whom {filters.ego} met, when and where**")
    met = data.get("dashboard_ego", **params, ego=params["actors"])
    if met is None:
        return not_cached_note()
    if met.empty:
        st.info(f"No meetings or visits of {filters.ego} match these filters.")
        return
    met = met.assign(
        dates=[", ".join(charts.format_date(d) for d in dates) for dates in met["dates"]]
    ).fillna({"role": "", "country": ""})
    st.dataframe(
        met,
        hide_index=True,
        column_order=("actor", "n_meetings", "dates", "places", "role", "country"),
        column_config={
            "actor": "Met",
            "n_meetings": st.column_config.NumberColumn("Meetings", format="%d"),
            "dates": "When",
            "places": "Where",
            "role": "Role",
            "country": "Country",
        },
    )


def pairs_table(nodes: pd.DataFrame, edges: pd.DataFrame) -> None:
    st.markdown("**Most frequent pairs**")
    names = dict(zip(nodes["actor_key"], nodes["actor"], strict=True))
    pairs = pd.DataFrame(
        {
            "pair": [
                f"{names[s]} — {names[t]}" for s, t in zip(edges["source"], edges["target"], strict=True)
            ],
            "meetings": edges["n_meetings"],
            "first": edges["first_date"],
            "last": edges["last_date"],
        }
    ).head(50)
    st.dataframe(pairs, hide_index=True)


def timeline_tab(data: Data, filters: Filters, params: dict, summary: pd.Series) -> None:
    control, _ = st.columns([1, 2])
    lanes = control.slider(
        "Lanes", 5, 40, 15, key="lanes", bind="query-params", help="One lane per actor, busiest first."
    )
    bucket = charts.timeline_bucket(summary.n_events, summary.first_date, summary.last_date)
    rows = data.get(
        "dashboard_timeline",
        **params,
        bucket=bucket,
        lanes=lanes,
        exclude=params["actors"] if filters.ego else [],
    )
    if rows is None:
        return not_cached_note()
    st.plotly_chart(charts.timeline_figure(rows, bucket), config=PLOTLY_CONFIG)
    st.caption(
        "Circle: meeting, diamond: visit, square: ceasefire. Filled: occurred, hollow: planned, "
        f"crossed: cancelled. Bigger markers stand for more events in the same {bucket}."
        + (f" {filters.ego} has no lane of their own: each lane is someone they met." if filters.ego else "")
    )


def ceasefires_tab(data: Data, params: dict, summary: pd.Series) -> None:
    bucket = charts.timeline_bucket(summary.n_ceasefire, summary.first_date, summary.last_date)
    rows = data.get("dashboard_ceasefires", **params, bucket=bucket)
    if rows is None:
        return not_cached_note()
    if rows.empty:
        st.info("No ceasefire milestones match these filters.")
        return
    st.plotly_chart(charts.ceasefire_figure(rows), config=PLOTLY_CONFIG)
    st.caption("Bands: phases, from a phase's first milestone to the next phase's. Markers: milestones.")
    listing = rows.sort_values("first_date")[
        ["conflict", "phase", "milestone", "status", "first_date", "evidence"]
    ]
    st.dataframe(
        listing.assign(milestone=listing["milestone"].str.replace("_", " ")),
        hide_index=True,
        column_config={
            "first_date": st.column_config.DateColumn("date"),
            "evidence": st.column_config.TextColumn(width="large"),
        },
    )


def map_tab(data: Data, params: dict) -> None:
    places = data.get("dashboard_places", **params)
    if places is None:
        return not_cached_note()
    if places.empty:
        st.info("None of these events names a place.")
        return
    located, unplaced = charts.locate_places(places)
    st.plotly_chart(charts.places_map(located), config=PLOTLY_CONFIG)
    st.caption("Bubble size: events at that place. Countries are placed at their capital.")
    if not unplaced.empty:
        st.markdown("**Places that could not be put on the map**")
        st.dataframe(
            unplaced.groupby("location", as_index=False)
            .agg(events=("n_events", "sum"), first=("first_date", "min"), last=("last_date", "max"))
            .sort_values("events", ascending=False),
            hide_index=True,
            column_config={"first": st.column_config.DateColumn(), "last": st.column_config.DateColumn()},
        )


def events_csv(db: str, params: dict) -> str:
    """The download: the filtered events as the table shows them, newest first, up to EXPORT_ROWS.
    Made only when the button is clicked, on a thread of its own (no cache, no held instance)."""
    frame = queries.run("dashboard_events", db, params | {"limit": EXPORT_ROWS})
    return frame.drop(columns=["event_id", "article_id"]).to_csv(index=False)


def evidence_tab(data: Data, params: dict, summary: pd.Series) -> None:
    table = data.get("dashboard_events", **params, limit=TABLE_ROWS)
    if table is None:
        return not_cached_note()
    shown = table.drop(columns=["event_id", "article_id"])
    count, download = st.columns([4, 1])
    exported = min(summary.n_events, EXPORT_ROWS)
    count.caption(
        (
            f"The {len(table):,} newest of {summary.n_events:,} events. Select a row to read its article."
            if summary.n_events > len(table)
            else f"{len(table):,} events. Select a row to read its article."
        )
        + (
            f" The download holds the newest {EXPORT_ROWS:,} of them."
            if summary.n_events > EXPORT_ROWS
            else ""
        )
    )
    download.download_button(
        "Download CSV",
        partial(events_csv, data.db, params),
        file_name="events.csv",
        mime="text/csv",
        icon=":material/download:",
        help=f"The {exported:,} {'newest ' if exported < summary.n_events else ''}filtered events as CSV.",
    )
    picked = st.dataframe(
        shown,
        hide_index=True,
        column_order=[
            "event_date",
            "event_type",
            "participants",
            "location",
            "status",
            "n_sources",
            "evidence",
            "url",
            "source_path",
            "date_precision",
        ],
        on_select="rerun",
        selection_mode="single-row",
        key="evidence_table",
        column_config={
            "event_date": st.column_config.DateColumn("date"),
            "date_precision": st.column_config.TextColumn(
                "precision", help="'article': no date in the text; publication date used"
            ),
            "event_type": "type",
            "location": "place",
            "n_sources": st.column_config.NumberColumn("sources", format="%d"),
            "evidence": st.column_config.TextColumn(width="large"),
            "url": st.column_config.LinkColumn("link", display_text="open"),
            "source_path": "file",
        },
    )
    rows = picked.selection.rows
    if rows:
        article_view(data, table.iloc[rows[0]])


def article_view(data: Data, event: pd.Series) -> None:
    article = data.get("dashboard_article", event_id=event.event_id)
    mentions = data.get("dashboard_mentions", article_id=event.article_id)
    if article is None or mentions is None:
        return not_cached_note()
    if article.empty:
        st.warning("The article of this event is no longer in the database.")
        return
    row = article.iloc[0]
    st.subheader(row.title or Path(row.source_path or "article").name)
    meta = [
        charts.format_date(row.published_date) if pd.notna(row.published_date) else None,
        row.source,
        row.source_path,
    ]
    st.caption(" · ".join(str(part) for part in meta if isinstance(part, str) and part))
    if isinstance(row.url, str) and row.url:
        st.markdown(f"[Open the original article]({row.url})")
    when = charts.format_date(event.event_date)
    st.html(
        f"<p><b>{event.event_type}, {event.status}, {when}</b> (highlighted below): "
        f"{html.escape(event.evidence)}</p>"
    )
    with st.container(height=420):
        st.html(charts.article_html(row.text, (int(row.evidence_start), int(row.evidence_end)), mentions))


# --- The page --------------------------------------------------------------------------------


def page(data: Data) -> None:
    """Sidebar filters, a header line, then the open tab; returns early when there is nothing to show."""
    db_path = data.path
    if data.stamp is None:
        setup_page(data, f"There is no events database at `{db_path}` yet.")
        return
    try:
        totals_frame = data.get("dashboard_totals")
    except duckdb.CatalogException:
        setup_page(
            data,
            f"`{db_path}` lacks the dashboard's tables: it is not an events database, or one written "
            "by an older version, which one more ingest run brings up to date.",
            inputs="",
        )
        return
    if totals_frame is None:
        busy_page(db_path)
        return
    totals = totals_frame.iloc[0]
    if totals.n_events == 0 and totals.n_reports > 0:
        setup_page(
            data, f"`{db_path}` has events, but ingest has not finished building their view yet.", inputs=""
        )
        return
    if totals.n_events == 0:
        setup_page(data, f"The database `{db_path}` has no events yet.")
        return
    options = data.get("dashboard_actor_options")
    names = options["actor"].tolist()
    labels = {row.actor: actor_label(row) for row in options.itertuples(index=False)}
    seed_names_from_url(names)

    with st.sidebar:
        st.header("Filters")
        ego_mode = st.toggle(
            "Ego network", key="ego_mode", help="Pick one actor: see everyone they met, when and where."
        )
        if ego_mode:
            if st.session_state.get("ego") not in labels:
                st.session_state.ego = (
                    st.session_state.get("focus") or st.session_state.get("actors") or names
                )[0]
            ego = st.selectbox("Actor", names, format_func=labels.get, key="ego")
            actors = []
        else:
            ego = None
            actors = st.multiselect(
                "Actors",
                names,
                format_func=labels.get,
                key="actors",
                placeholder="Type a name…",
                help="Events with any of these actors. The busiest come first.",
            )
        dates = st.date_input(
            "Dates",
            value=[],
            min_value=totals.first_date - dt.timedelta(days=366),
            max_value=totals.last_date + dt.timedelta(days=366),
            key="dates",
            bind="query-params",
            help="Leave empty for all dates, including events without one.",
        )
        types = st.pills(
            "Event types",
            EVENT_TYPES,
            selection_mode="multi",
            default=EVENT_TYPES,
            key="type",
            bind="query-params",
        )
        statuses = st.pills(
            "Status", STATUSES, selection_mode="multi", default=STATUSES, key="status", bind="query-params"
        )
        min_sources = st.slider(
            "Minimum sources",
            1,
            10,
            1,
            key="sources",
            bind="query-params",
            help="Reported by at least this many articles.",
        )
        search = st.text_input(
            "Evidence words",
            key="q",
            bind="query-params",
            placeholder="e.g. Cairo, phase two",
            help="Events whose sentence has words starting with each of these, in any order "
            "(common words such as 'the' are skipped; the four longest words count).",
        )
        with st.expander("Add articles"):
            upload_form(data)

    date_from, date_to = date_bounds(dates)
    filters = Filters(
        actors=tuple(actors),
        ego=ego,
        focus=tuple(st.session_state.get("focus", [])),
        date_from=date_from,
        date_to=date_to,
        types=() if set(types) == set(EVENT_TYPES) else tuple(types),
        statuses=() if set(statuses) == set(STATUSES) else tuple(statuses),
        min_sources=min_sources,
        search=search,
    )
    write_names_to_url(filters)

    st.title("Who met whom")
    if data.busy:
        st.warning("Ingest is writing to the database: showing the data from before it started.")
        st.button("Reload")
    elif totals.stale:
        st.info(
            "Ingest has added articles that these views do not show yet: they appear when it "
            f"finishes. If it was stopped, run `python -m ingest --db {db_path}` to finish (with "
            "`--reextract` if that was the run that stopped)."
        )
        st.button("Reload")
    if not types or not statuses:
        st.info("Pick at least one event type and one status in the sidebar.")
        return
    params = filters.sql_params(dict(zip(options["actor"], options["actor_key"], strict=True)))
    summary = data.get("dashboard_summary", **params | {"focus": []})
    if summary is None:
        not_cached_note()
        return
    st.markdown(header_line(totals, summary.iloc[0], replace(filters, focus=())))
    if filters.focus:
        note, button = st.columns([5, 1])
        note.markdown(
            "Focused on " + ", ".join(f"**{name}**" for name in filters.focus) + " (picked in the network): "
            "the other tabs show only their events."
        )
        button.button("Clear focus", on_click=clear_focus)
    if summary.iloc[0].n_events == 0:
        st.info(
            "No events match these filters. Try a wider date range, fewer actors, more event types or "
            "statuses, a lower minimum of sources, or a shorter search text."
        )
        return
    if filters.focus:
        summary = data.get("dashboard_summary", **params)
        if summary is None:
            not_cached_note()
            return
    summary = summary.iloc[0]

    network, timeline, ceasefires, places, evidence = st.tabs(TABS, key="tab", bind="query-params")
    with network:
        if network.open:
            network_tab(data, filters, params, charts.country_order(options))
    with timeline:
        if timeline.open:
            timeline_tab(data, filters, params, summary)
    with ceasefires:
        if ceasefires.open:
            ceasefires_tab(data, params, summary)
    with places:
        if places.open:
            map_tab(data, params)
    with evidence:
        if evidence.open:
            evidence_tab(data, params, summary)


st.set_page_config(page_title="Who met whom · diplomatic events", page_icon="🤝", layout="wide")
with Data(database_path()) as data:
    page(data)

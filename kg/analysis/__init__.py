"""Network analyses of the knowledge graph (networkx).

Project the store into graphs (:mod:`kg.analysis.projections`), then analyse them
(:mod:`kg.analysis.measures`)::

    from kg import api
    from kg.analysis import fact_graph, interactions, centrality

    store = api.open_store("kg-store", read_only=True)
    facts = fact_graph(store, since="2022-05-01")
    scores = centrality(interactions(facts))

:mod:`kg.analysis.report` turns the results into rows for ``kg analyze`` and
:func:`kg.api.analyze`.
"""

from kg.analysis.measures import (
    AmbiguousNodeError,
    UnknownNodeError,
    centrality,
    communities,
    connection_paths,
    describe_path,
    dyads,
    ego_network,
    find_node,
    rank_nodes,
    simple_weighted,
    timeline,
)
from kg.analysis.projections import (
    actor_place_graph,
    actor_places,
    dyad_graph,
    fact_graph,
    interaction_graph,
    interaction_summary,
    interactions,
)

__all__ = [
    "AmbiguousNodeError",
    "UnknownNodeError",
    "actor_place_graph",
    "actor_places",
    "centrality",
    "communities",
    "connection_paths",
    "describe_path",
    "dyad_graph",
    "dyads",
    "ego_network",
    "fact_graph",
    "find_node",
    "interaction_graph",
    "interaction_summary",
    "interactions",
    "rank_nodes",
    "simple_weighted",
    "timeline",
]

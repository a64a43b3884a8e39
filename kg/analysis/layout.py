"""A fast force-directed layout for drawing graphs of a few thousand nodes.

:func:`fast_layout` is Fruchterman and Reingold's algorithm with every pairwise
repulsion, vectorised with numpy in row blocks that stay in the CPU cache (a 2,000-node
step takes a few milliseconds), plus a linear pull towards the centre that keeps
disconnected components together. networkx's ``spring_layout`` needs several seconds for
the same graph; a browser's physics engine longer still.

>>> pos = fast_layout(nx.path_graph(3), seed=1)
>>> sorted(pos) == [0, 1, 2] and all(len(p) == 2 for p in pos.values())
True
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx
import numpy as np

__all__ = ["fast_layout"]

_BLOCK = 128


def _repulsion(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sum over all other nodes of ``delta / distance**2`` (force ``1 / distance``)."""
    n = len(x)
    fx = np.empty(n, dtype=np.float32)
    fy = np.empty(n, dtype=np.float32)
    for s in range(0, n, _BLOCK):
        dx = x[s : s + _BLOCK, None] - x[None, :]
        dy = y[s : s + _BLOCK, None] - y[None, :]
        d2 = dx * dx
        d2 += dy * dy
        d2 += np.float32(1e-3)
        np.reciprocal(d2, out=d2)
        fx[s : s + _BLOCK] = (dx * d2).sum(axis=1)
        fy[s : s + _BLOCK] = (dy * d2).sum(axis=1)
    return fx, fy


def fast_layout(
    g: nx.Graph,
    *,
    iterations: int = 100,
    seed: int = 0,
    scale: float = 90.0,
    gravity: float = 0.5,
) -> dict[Hashable, tuple[float, float]]:
    """Node positions from a Fruchterman-Reingold simulation.

    Parameters
    ----------
    g : networkx.Graph
        Any graph; direction, weights and parallel edges are ignored.
    iterations : int
        Simulation steps (the temperature cools linearly).
    seed : int
        Seed of the initial positions; equal seeds give equal layouts.
    scale : float
        Ideal edge length in output units (screen pixels for a vis-network page).
    gravity : float
        Strength of the pull towards the centre, relative to the repulsion of the
        whole graph (1 keeps components close without crowding them).

    Returns
    -------
    dict
        ``{node: (x, y)}`` centred on the origin, rounded to 0.1.

    Examples
    --------
    >>> pos = fast_layout(nx.complete_graph(4), seed=0)
    >>> d = [math.dist(pos[0], pos[i]) for i in (1, 2, 3)]
    >>> all(20 < x < 150 for x in d)
    True
    """
    nodes = list(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(min(index[u], index[v]), max(index[u], index[v])) for u, v in g.edges() if u != v}
    edges = np.array(sorted(pairs), dtype=np.intp).reshape(-1, 2)
    u, v = edges[:, 0], edges[:, 1]
    rng = np.random.default_rng(seed)
    radius = math.sqrt(n)
    angle = rng.uniform(0, 2 * math.pi, n)
    dist = radius * np.sqrt(rng.uniform(0, 1, n))
    x = (dist * np.cos(angle)).astype(np.float32)
    y = (dist * np.sin(angle)).astype(np.float32)
    # The repulsion on a node at the rim of a disc of n nodes at unit density is about
    # sqrt(pi * n) and the rim is sqrt(n / pi) from the centre: a linear pull of pi
    # balances it there.
    pull = np.float32(gravity * math.pi)
    start = radius / 4
    for step in range(iterations):
        fx, fy = _repulsion(x, y)
        if len(edges):
            dx = x[u] - x[v]
            dy = y[u] - y[v]
            d = np.sqrt(dx * dx + dy * dy)  # attraction d^2 (ideal length 1)
            ax, ay = dx * d, dy * d
            fx -= np.bincount(u, ax, n).astype(np.float32) - np.bincount(v, ax, n)
            fy -= np.bincount(u, ay, n).astype(np.float32) - np.bincount(v, ay, n)
        fx -= pull * x
        fy -= pull * y
        length = np.maximum(np.sqrt(fx * fx + fy * fy), np.float32(1e-9))
        limit = np.float32(start * (1.0 - step / iterations) + 0.02)
        factor = np.minimum(length, limit) / length
        x += fx * factor
        y += fy * factor
    x -= x.mean()
    y -= y.mean()
    return {
        node: (round(float(a) * scale, 1), round(float(b) * scale, 1))
        for node, a, b in zip(nodes, x, y, strict=True)
    }

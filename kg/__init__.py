"""conflict-kg: Indonesian and English conflict news to a CAMEO-typed RDF knowledge graph.

The public Python API lives in :mod:`kg.api`; the command line in :mod:`kg.cli`.
Importing ``kg`` does no work.
"""

__version__ = "0.1.0"

"""The benchmark (``war-events bench``): transport, framework, extraction and the full service, in one run.

Modules: ``articles`` (synthetic article generator), ``workers`` (raw aiokafka and no-op faust reference
workers), ``measure`` (publish, tail, time), ``report`` (table, ratios, targets), ``run`` (the stages).
"""

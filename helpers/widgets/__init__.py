"""Notebook panels: one per notebook, built from ipywidgets.

Every panel is a :class:`helpers.widgets.base.Panel`: ``panel.widget`` is what the notebook displays,
``panel.controls`` names every control, and ``panel.state`` keeps what the panel last showed (figures,
tables, exports, the last error) so tests can drive a panel in plain Python by setting control values.
"""

"""Charts: functions that take pandas frames and return a matplotlib Figure in the house style.

Every chart is built with :func:`helpers.charts.style.new_figure`, which applies the house style
(``helpers/newslens.mplstyle``), writes the title, the article as subtitle and a source line, and
records the data frame behind the chart so :func:`helpers.export.export_figure` can save it beside the
image.  Modules follow the pipeline: :mod:`.article` (stage 1–2), :mod:`.entities`, :mod:`.sentiment`,
:mod:`.contrasts`.
"""

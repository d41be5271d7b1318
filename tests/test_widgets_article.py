"""Notebook 01's panel driven in plain Python: every control changes what is shown."""

from __future__ import annotations

from helpers.widgets.article import article_panel, segmentation_html


def test_panel_controls_change_state(data_dir, seed_path, tmp_path):
    panel = article_panel(data_dir / "wire-story.txt", export_dir=tmp_path)
    assert panel.article.title.startswith("Kenya Floods")
    first_chart = panel.state["figures"]["sentence_lengths"]
    panel.controls["article"].value = str(seed_path)
    assert panel.article.name == "confusion-abounds-us-military-iraq"
    assert panel.state["figures"]["sentence_lengths"] is not first_chart
    assert len(panel.state["tables"]["sentences"]) == 44

    panel.controls["top_n"].value = 6
    assert len(panel.state["tables"]["top_words"]) == 6
    panel.controls["pos"].value = "NNP"
    assert set(panel.state["tables"]["tokens"].pos) == {"NNP"}

    panel.controls["export_format_pos_mix"].value = "pdf"
    panel.controls["export_pos_mix"].click()
    panel.controls["export_pos_mix"].click()
    assert [p.name for p in panel.state["exports"]] == ["pos-mix.pdf", "pos-mix-2.pdf"]


def test_segmentation_html_escapes_article_text(article_from):
    art = article_from("Tags <b>and</b> & such\n\nThe <script>alert(1)</script> paragraph is here & long enough.\n\n"
                       "Sign up for our <i>newsletter</i>\n")
    markup = segmentation_html(art)
    assert "<script>" not in markup and "&lt;script&gt;" not in markup  # body is not shown raw here
    assert "Tags &lt;b&gt;and&lt;/b&gt; &amp; such" in markup
    assert "our &lt;i&gt;newsletter&lt;/i&gt;" in markup


def test_panel_shows_errors_without_raising(tmp_path, seed_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    panel = article_panel(seed_path)
    panel.controls["article"].options = list(panel.controls["article"].options) + [("empty.txt", str(bad))]
    panel.controls["article"].value = str(bad)
    assert "empty" in panel.state["error"]
    assert panel.article.name == "confusion-abounds-us-military-iraq"  # the last good article stays

from IPython.display import display, Markdown, Latex, SVG, JSON, Math, HTML
display(Markdown("**negrita**"), Latex(r"$\sigma(x)$"))
# expect: <IPython.core.display.Markdown object>
# expect: <IPython.core.display.Latex object>
display(SVG("<svg xmlns='http://www.w3.org/2000/svg'></svg>"), JSON({"loss": [0.5]}))
# expect: <IPython.core.display.SVG object>
# expect: <IPython.core.display.JSON object>
h = display(HTML("<i>1</i>"), display_id=True)
# expect: <IPython.core.display.HTML object>
h.update(HTML("<i>2</i>"))
# expect: <IPython.core.display.HTML object>
Math(r"y = w x + b")  # expect: <IPython.core.display.Math object>

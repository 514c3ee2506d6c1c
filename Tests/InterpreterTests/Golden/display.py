from IPython.display import display, HTML, clear_output
display(HTML("<b>hi</b>"))  # expect: <IPython.core.display.HTML object>
clear_output()  # expect: <clear_output>

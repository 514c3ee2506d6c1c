import matplotlib.pyplot as plt
plt.plot([1, 2, 3], [1, 2, 3, 4])
# expect: <Figure size 640x480 with 1 Axes>
# expect error: ValueError: x and y must have same first dimension, but have shapes (3,) and (4,)
# %%
plt.close('all')
plt.plot([1, 2], color='notacolor')
# expect: <Figure size 640x480 with 1 Axes>
# expect error: ValueError: 'notacolor' is not a valid value for color
# %%
plt.plot([1, 2], 'q-')
# expect: <Figure size 640x480 with 1 Axes>
# expect error: ValueError: 'q-' is not a valid format string
# %%
plt.imshow([[1, 2], [3, 4]], cmap='nope')
# expect: <Figure size 640x480 with 1 Axes>
# expect error: ValueError: 'nope' is not a valid value for cmap
# %%
plt.legend(loc='middle')
# expect: No artists with labels found to put in legend.  Note that artists whose label start with an underscore are ignored when legend() is called with no argument.
# expect: <Figure size 640x480 with 1 Axes>
# expect error: ValueError: 'middle' is not a valid value for loc
# %%
plt.subplot(2, 2, 5)
# expect: <Figure size 640x480 with 0 Axes>
# expect error: ValueError: num must be an integer with 1 <= num <= 4, not 5
# %%
plt.plot([1, 2], colr='red')
# expect: <Figure size 640x480 with 1 Axes>
# expect error: TypeError: plot() got an unexpected keyword argument 'colr'. Did you mean 'color'?
# %%
plt.close('all')
plt.plot([1, 2])
plt.savefig('/tmp/figura.png')
# expect: <Figure size 640x480 with 1 Axes>
# expect error: ValueError: Neurona's matplotlib cannot write PNG files (no raster output); save as SVG instead, e.g. savefig('/tmp/figura.svg')
# %%
fig, axes = plt.subplots(2, 2)
axes[2]
# expect: <Figure size 640x480 with 4 Axes>
# expect error: IndexError: index 2 is out of bounds for axis 0 with size 2
# %%
plt.scatter([1, 2, 3], [1, 2])
# expect: <Figure size 640x480 with 1 Axes>
# expect error: ValueError: x and y must be the same size
# %%
plt.imshow([1, 2, 3])
# expect: <Figure size 640x480 with 1 Axes>
# expect error: TypeError: Invalid shape (3,) for image data

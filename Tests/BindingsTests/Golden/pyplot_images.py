import matplotlib.pyplot as plt
import numpy as np
img = np.arange(12).reshape(3, 4) / 11
im = plt.imshow(img, cmap='gray', vmin=0, vmax=1)
plt.colorbar()
plt.axis('off')
# expect: <Figure size 640x480 with 1 Axes>
# expect: (-0.5, 3.5, 2.5, -0.5)
# %%
rgb = np.zeros((2, 2, 3))
rgb[0, 0, 0] = 1.0
rgb[1, 1, 2] = 1.0
fig, ax = plt.subplots()
ax.imshow(rgb)
ax.set_title('RGB')
# expect: <Figure size 640x480 with 1 Axes>
# expect: Text(0.5, 1.0, 'RGB')
# %%
plt.imshow(np.ones((4, 4, 1)), cmap='viridis_r', origin='lower')
print(plt.gca().get_xlim())  # expect: (-0.5, 3.5)
plt.show()
# expect: <Figure size 640x480 with 1 Axes>
# %%
print(plt.get_cmap('hot').name)  # expect: hot
print(plt.cm.binary.name)  # expect: binary

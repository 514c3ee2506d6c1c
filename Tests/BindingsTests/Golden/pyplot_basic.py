import matplotlib
import matplotlib.pyplot as plt
import numpy as np
print(matplotlib.__version__)  # expect: 3.10.0
matplotlib.use('Agg')
x = np.linspace(0, 2, 5)
lines = plt.plot(x, x ** 2, 'r--', x, x, 'bo', label='curva')
print(len(lines), lines[0])  # expect: 2 Line2D(curva)
lines[1].set_label('recta')
print(lines[1].get_label())  # expect: recta
plt.xlabel('x')
plt.ylabel('y')
plt.legend(loc='upper left')
plt.grid(True)
print(plt.xlim(0, 2))  # expect: (0.0, 2.0)
print(plt.xlim())  # expect: (0.0, 2.0)
plt.title('Parábola')
# expect: <Figure size 640x480 with 1 Axes>
# expect: Text(0.5, 1.0, 'Parábola')
# %%
history = {'loss': [0.9, 0.5, 0.3, 0.2], 'val_loss': [1.0, 0.6, 0.45, 0.4]}
plt.figure(figsize=(8, 4))
plt.plot(history['loss'])
plt.plot(history['val_loss'])
plt.title('model loss')
plt.ylabel('loss')
plt.xlabel('epoch')
plt.legend(['train', 'val'], loc='upper right')
plt.show()
print('after show')
# expect: <Figure size 800x400 with 1 Axes>
# expect: after show
# %%
fig, ax = plt.subplots()
print(fig)  # expect: <Figure size 640x480 with 1 Axes>
print(ax)  # expect: <Axes: >
ax.set_title('Datos')
ax.set_xlabel('tiempo')
print(ax)  # expect: <Axes: title={'center': 'Datos'}, xlabel='tiempo'>
sc = ax.scatter([1, 2, 3], [4, 5, 6], c=[0.1, 0.5, 0.9], cmap='viridis', s=30)
bars = ax.bar(['a', 'b', 'c'], [3, 1, 2], color='gray')
print(bars)  # expect: <BarContainer object of 3 artists>
bars[0].set_color('red')
print(bars[1].get_height())  # expect: 1.0
ax.axhline(2, color='k', linestyle=':')
ax.axvline(1.5)
ax.text(0.5, 0.5, 'centro', transform=ax.transAxes, ha='center')
print(ax.get_ylim()[0])  # expect: 0.0
# expect: <Figure size 640x480 with 1 Axes>
# %%
n, bins, patches = plt.hist([1, 2, 2, 3, 3, 3, 4, 4, 4, 4], bins=4, range=(1, 5), color='green', alpha=0.5)
print(n)  # expect: [1. 2. 3. 4.]
print(bins)  # expect: [1. 2. 3. 4. 5.]
print(patches)  # expect: <BarContainer object of 4 artists>
d, _, _ = plt.hist([0.5, 1.5], bins=2, density=True)
print(d)  # expect: [1. 1.]
plt.close()
print(plt.get_fignums())  # expect: []
# %%
plt.figure()
# expect: <Figure size 640x480 with 0 Axes>
# %%
plt.plot([1, 2, 3])
plt.close('all')
plt.plot([3, 2, 1])
plt.yscale('log')
plt.xticks([0, 1, 2], ['cero', 'uno', 'dos'], rotation=45)
plt.savefig('/tmp/neurona_pyplot_basic.svg')
fig = plt.gcf()
fig
# expect: <Figure size 640x480 with 1 Axes>

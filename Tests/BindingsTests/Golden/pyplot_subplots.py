import matplotlib.pyplot as plt
import numpy as np
fig, axes = plt.subplots(2, 3, figsize=(9, 6), sharex=True, sharey='row')
print(axes.shape)  # expect: (2, 3)
print(len(axes), len(axes[0]))  # expect: 2 3
print(axes[1][2] is axes[1, 2])  # expect: True
print(axes[-1, -1] is axes.flat[5])  # expect: True
print(len(axes.flatten()), len(axes.ravel()))  # expect: 6 6
for i, ax in enumerate(axes.flat):
    ax.plot(np.arange(5), np.arange(5) * i)
    ax.set_title(f'panel {i}')
fig.suptitle('Seis paneles')
fig.tight_layout()
print(len(fig.axes))  # expect: 6
# expect: <Figure size 900x600 with 6 Axes>
# %%
fig, axes = plt.subplots(1, 3)
print(axes.shape, axes.ndim)  # expect: (3,) 1
fig, axes = plt.subplots(3, 1)
print(axes.shape)  # expect: (3,)
fig, ax = plt.subplots(1, 1)
print(type(ax).__name__)  # expect: Axes
fig, axes = plt.subplots(1, 1, squeeze=False)
print(axes.shape)  # expect: (1, 1)
plt.close('all')
# %%
plt.figure(figsize=(6, 6))
for i in range(4):
    plt.subplot(2, 2, i + 1)
    plt.xticks([])
    plt.yticks([])
    plt.grid(False)
    plt.imshow(np.arange(9).reshape(3, 3) * i, cmap=plt.cm.binary)
    plt.xlabel(f'clase {i}')
ax = plt.subplot(224)
print(ax is plt.gca())  # expect: True
print(len(plt.gcf().axes))  # expect: 4
# expect: <Figure size 600x600 with 4 Axes>
# %%
architectures = [[2, 4, 3], [4, 8, 3], [8, 16, 8, 3], [4, 8, 4, 3], [16, 32, 16, 8, 3], [32, 64, 32, 8, 3]]
activations = ['sigmoid', 'tanh', 'relu', 'LeakyReLU', 'elu', 'selu', 'softplus', 'softsign', 'swish']
epochs = np.arange(1, 21)
fig, axes = plt.subplots(len(architectures), len(activations), figsize=(27, 18), sharex=True, sharey=True)
print(axes.shape)  # expect: (6, 9)
for i, layers in enumerate(architectures):
    for j, activation in enumerate(activations):
        loss = np.exp(-epochs / (3 + i + j)) + 0.05 * (i + 1)
        ax = axes[i, j]
        ax.plot(epochs, loss, label='loss')
        ax.plot(epochs, loss * 1.1, label='val_loss')
        ax.set_title(f'{layers} {activation}', fontsize=8)
        if i == len(architectures) - 1:
            ax.set_xlabel('época')
        if j == 0:
            ax.set_ylabel('pérdida')
axes[0, 0].legend()
fig.tight_layout()
# expect: <Figure size 2700x1800 with 54 Axes>

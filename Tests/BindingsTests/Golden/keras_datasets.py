# golden: manual (expected values from numpy reading Debian's Fashion-MNIST IDX files; images are int64 holding uint8 values)
import numpy as np
from tensorflow.keras.datasets import fashion_mnist
(x_train, y_train), (x_test, y_test) = fashion_mnist.load_data()
print(x_train.shape, y_train.shape, x_test.shape, y_test.shape)
print(x_train.dtype, x_train.max(), x_train.min())
print(y_train[:10], y_test[:10])
print([int((y_train == k).sum()) for k in range(10)])
print(x_train[0, 14, 10:16])
print(int(x_test.sum()))
x = x_train[:100] / 255.0
print(x.dtype, round(float(x.mean()), 6))
# expect: (60000, 28, 28) (60000,) (10000, 28, 28) (10000,)
# expect: int64 255 0
# expect: [9 0 0 3 0 2 7 2 5 5] [9 2 1 1 6 1 4 6 5 7]
# expect: [6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000]
# expect: [  0   0 237 226 217 223]
# expect: 573469082
# expect: float64 0.284542
# %%
# golden: manual
import keras
from keras.datasets import fashion_mnist as fm
print(fm is fashion_mnist, keras.datasets.fashion_mnist is fm)
# expect: True True

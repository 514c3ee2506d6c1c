def train(epochs=1, batch_size=32):
    return epochs * batch_size
print(train(epochs=2))  # expect: 64
train(epoch=3)  # expect error: TypeError: train() got an unexpected keyword argument 'epoch'. Did you mean 'epochs'?
# %%
sorted([3, 1], reverse=True, kye=len)  # expect error: TypeError: sorted() got an unexpected keyword argument 'kye'. Did you mean 'key'?

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, precision_score, recall_score, f1_score
from sklearn.metrics import classification_report, mean_squared_error, mean_absolute_error, r2_score, roc_auc_score
y_true = [0, 1, 2, 2, 1, 0, 2, 1, 1, 0]
y_pred = [0, 2, 2, 2, 1, 0, 1, 1, 0, 0]
print(accuracy_score(y_true, y_pred), accuracy_score(y_true, y_pred, normalize=False))
print(confusion_matrix(y_true, y_pred))
print(round(precision_score(y_true, y_pred, average="macro"), 6), round(recall_score(y_true, y_pred, average="weighted"), 6))
print(round(f1_score(y_true, y_pred, average="micro"), 6), np.round(f1_score(y_true, y_pred, average=None), 6))
# expect: 0.7 7.0
# expect: [[3 0 0]
# expect:  [1 2 1]
# expect:  [0 1 2]]
# expect: 0.694444 0.7
# expect: 0.7 [0.857143 0.571429 0.666667]
# %%
print(classification_report(y_true, y_pred))
# expect:               precision    recall  f1-score   support
# expect:
# expect:            0       0.75      1.00      0.86         3
# expect:            1       0.67      0.50      0.57         4
# expect:            2       0.67      0.67      0.67         3
# expect:
# expect:     accuracy                           0.70        10
# expect:    macro avg       0.69      0.72      0.70        10
# expect: weighted avg       0.69      0.70      0.69        10
# expect:
# %%
print(classification_report(y_true, y_pred, target_names=["setosa", "versicolor", "virginica"], digits=3))
# expect:               precision    recall  f1-score   support
# expect:
# expect:       setosa      0.750     1.000     0.857         3
# expect:   versicolor      0.667     0.500     0.571         4
# expect:    virginica      0.667     0.667     0.667         3
# expect:
# expect:     accuracy                          0.700        10
# expect:    macro avg      0.694     0.722     0.698        10
# expect: weighted avg      0.692     0.700     0.686        10
# expect:
# %%
b_true = np.array([0, 1, 1, 0, 1, 1, 0, 1])
b_pred = np.array([0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0])
print(precision_score(b_true, b_pred), recall_score(b_true, b_pred), round(f1_score(b_true, b_pred), 6))
print(accuracy_score(b_true, b_pred))
scores = np.array([0.1, 0.9, 0.4, 0.35, 0.8, 0.7, 0.6, 0.65])
print(roc_auc_score(b_true, scores))
# expect: 0.8 0.8 0.8
# expect: 0.75
# expect: 0.9333333333333333
# %%
r_true = np.array([3.0, -0.5, 2.0, 7.0])
r_pred = np.array([2.5, 0.0, 2.0, 8.0])
print(mean_squared_error(r_true, r_pred), mean_absolute_error(r_true, r_pred), round(r2_score(r_true, r_pred), 6))
print(round(mean_squared_error(r_true, r_pred.reshape(-1, 1)), 6))
# expect: 0.375 0.5 0.948608
# expect: 0.375
# %%
accuracy_score([0, 1, 1], [0.2, 0.8, 0.6])
# expect error: ValueError: Classification metrics can't handle a mix of binary and continuous targets
# %%
precision_score(y_true, y_pred)
# expect error: ValueError: Target is multiclass but average='binary'. Please choose another average setting, one of [None, 'micro', 'macro', 'weighted'].
# %%
accuracy_score([0, 1], [0, 1, 1])
# expect error: ValueError: Found input variables with inconsistent numbers of samples: [2, 3]

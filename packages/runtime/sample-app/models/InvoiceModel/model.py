# -*-coding:utf-8-*-
from datatypes.Meta import datatypes
from models.NormalType import NormalModel


class InvoiceModel(NormalModel):
    id = datatypes.AutoInt(name="id", title="ID", primaryKey=True, readOnly=1)
    invoiceNo = datatypes.Serial(name="invoiceNo", title="Invoice No", unique=True, prefix="INV")
    customer = datatypes.Stext(name="customer", title="Customer")
    customerEmail = datatypes.Stext(name="customerEmail", title="Customer Email")
    amount = datatypes.Money(name="amount", title="Amount", decimal=2)
    taxRate = datatypes.Percent(name="taxRate", title="Tax Rate")
    issueDate = datatypes.Date(name="issueDate", title="Issue Date")
    dueDate = datatypes.Date(name="dueDate", title="Due Date")
    status = datatypes.Radio(name="status", title="Status", options=["draft", "issued", "paid", "void"])
    paymentMethods = datatypes.Checkbox(name="paymentMethods", title="Payment Methods", options=["bank", "card", "cash"])
    contactPhone = datatypes.Phone(name="contactPhone", title="Contact Phone")

    class Meta:
        modelType = "NormalType"
        name = "InvoiceModel"
        title = "Invoice"
        db = "databases.Default"
        dataTitle = "invoiceNo"
        dbTable = "InvoiceModel"
        unionIndexList = []
        unionUniqueList = []

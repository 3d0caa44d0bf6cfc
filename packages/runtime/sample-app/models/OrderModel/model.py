# -*-coding:utf-8-*-
from datatypes.Meta import datatypes
from models.NormalType import NormalModel


class OrderModel(NormalModel):
    id = datatypes.AutoInt(name="id", title="ID", primaryKey=True, readOnly=1)
    orderNo = datatypes.Serial(name="orderNo", title="Order No", unique=True, prefix="ORD", connector="-")
    customerName = datatypes.Stext(name="customerName", title="Customer Name")
    amount = datatypes.Money(name="amount", title="Order Amount", decimal=2, unit="CNY")
    # Approval outcome written by events.orderApproval: pending → processing / cancelled
    status = datatypes.Stext(
        name="status",
        title="Order Status",
        default="pending",
        maxLen=32,
    )
    priority = datatypes.Dropdown(name="priority", title="Priority", options=["low", "normal", "urgent"])
    orderDate = datatypes.Date(name="orderDate", title="Order Date")
    deliveryDate = datatypes.Date(name="deliveryDate", title="Expected Delivery")
    salesRep = datatypes.Member(name="salesRep", title="Sales Rep")
    remark = datatypes.Ltext(name="remark", title="Remark")
    createdAt = datatypes.Datetime(name="createdAt", title="Created At", readOnly=1)
    updatedAt = datatypes.Datetime(name="updatedAt", title="Updated At", readOnly=1)

    class Meta:
        modelType = "NormalType"
        name = "OrderModel"
        title = "Order"
        db = "databases.Default"
        dataTitle = "orderNo"
        dbTable = "OrderModel"
        unionIndexList = []
        unionUniqueList = []

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeSandbox } from './node-sandbox.js';
import { orderRequest } from './order-event.test-support.js';
import type { PlainValue, RunModelField, RunRequest, SampleRow } from './run.types.js';

// Field objects as the JitAI docs define them (reference/framework/JitORM/data-types.md, English and
// Chinese: "Type-Specific Parameters" and "Properties and Functions of Each Type Object"), read by
// real handlers in one NodeSandbox. Each case declares one field (type + model.py keyword arguments),
// gives it a value and evaluates one handler expression on it (`F` stands for `row.<the field>`).

interface Case {
  name: string;
  type: string;
  params?: Record<string, PlainValue>;
  value: PlainValue;
  expr: string;
  /** The expression's result, as plain data (dates as ISO strings). */
  is?: PlainValue;
  /** The exception expected instead: `ClassName: message` must match. */
  raises?: RegExp;
}

const CASES: Case[] = [
  // Stext: length; append/remove; cnin/ncnin/cninList/ncninList/sw/ew
  { name: 'Stext length', type: 'Stext', value: 'Alice', expr: 'F.length', is: 5 },
  { name: 'Stext length of None', type: 'Stext', value: null, expr: 'F.length', is: 0 },
  { name: 'Stext sw', type: 'Stext', value: 'Alice', expr: 'F.sw("Al")', is: true },
  { name: 'Stext ew', type: 'Stext', value: 'Alice', expr: 'F.ew("ce")', is: true },
  { name: 'Stext cnin', type: 'Stext', value: 'Alice', expr: 'F.cnin("lic")', is: true },
  { name: 'Stext ncnin', type: 'Stext', value: 'Alice', expr: 'F.ncnin("lic")', is: false },
  { name: 'Stext cninList: any', type: 'Stext', value: 'Alice', expr: 'F.cninList(["x", "li"])', is: true },
  { name: 'Stext ncninList: none', type: 'Stext', value: 'Alice', expr: 'F.ncninList(["x", "y"])', is: true },
  { name: 'Stext append', type: 'Stext', value: 'Ali', expr: '(F.append("ce"), F.value)[1]', is: 'Alice' },
  { name: 'Stext remove', type: 'Stext', value: 'Alice', expr: '(F.remove("li"), F.value)[1]', is: 'Ace' },
  {
    name: 'Stext genQrCode needs the platform',
    type: 'Stext',
    value: 'x',
    expr: 'F.genQrCode()',
    raises: /^NotInSandbox: Stext\.genQrCode\(\) renders a QR code/,
  },
  {
    name: 'unknown attribute: AttributeError naming what the field has',
    type: 'Stext',
    value: 'x',
    expr: 'F.nope',
    raises: /^AttributeError: Stext field 'f\d+' has no attribute 'nope'; it has: value, .*\bsw\b/,
  },
  // Ltext: getDisplayValue (200 characters), getFirstValue/getLastValue/getList (split at tabs)
  {
    name: 'Ltext getDisplayValue cuts at 200',
    type: 'Ltext',
    value: 'a'.repeat(250),
    expr: 'len(F.getDisplayValue())',
    is: 200,
  },
  { name: 'Ltext getList', type: 'Ltext', value: 'a\tb\tc', expr: 'F.getList()', is: ['a', 'b', 'c'] },
  { name: 'Ltext getFirstValue', type: 'Ltext', value: 'a\tb\tc', expr: 'F.getFirstValue()', is: 'a' },
  { name: 'Ltext getLastValue', type: 'Ltext', value: 'a\tb\tc', expr: 'F.getLastValue()', is: 'c' },
  // RichText: textValue without HTML tags
  {
    name: 'RichText textValue',
    type: 'RichText',
    value: '<p>Hi &amp; <b>bye</b></p>',
    expr: 'F.textValue',
    is: 'Hi & bye',
  },
  // Numeric / Money / Percent: unit, decimal, realDecimal; add/reduce; gt/lt/gte/lte/range; getDisplayValue
  { name: 'Money gt', type: 'Money', value: 250, expr: 'F.gt(100)', is: true },
  { name: 'Money lt', type: 'Money', value: 250, expr: 'F.lt(100)', is: false },
  { name: 'Money gte equal', type: 'Money', value: 100, expr: 'F.gte(100)', is: true },
  { name: 'Money lte', type: 'Money', value: 99.5, expr: 'F.lte(100)', is: true },
  { name: 'Numeric gt without a value is False', type: 'Numeric', value: null, expr: 'F.gt(0)', is: false },
  { name: 'Numeric range inclusive', type: 'Numeric', value: 30, expr: 'F.range([18, 30])', is: true },
  { name: 'Numeric range outside', type: 'Numeric', value: 31, expr: 'F.range([18, 30])', is: false },
  { name: 'Numeric value from a string', type: 'Numeric', value: '1,200', expr: 'F.value', is: 1200 },
  { name: 'Numeric add', type: 'Numeric', value: 10, expr: '(F.add(5), F.value)[1]', is: 15 },
  { name: 'Numeric reduce', type: 'Numeric', value: 10, expr: '(F.reduce(4), F.value)[1]', is: 6 },
  {
    name: 'Money decimal declared',
    type: 'Money',
    params: { decimal: 2 },
    value: 1,
    expr: 'F.decimal',
    is: 2,
  },
  { name: 'Numeric decimal default 0', type: 'Numeric', value: 1, expr: 'F.decimal', is: 0 },
  { name: 'Numeric realDecimal as declared', type: 'Numeric', value: 1, expr: 'F.realDecimal', is: 0 },
  { name: 'Money unit declared', type: 'Money', params: { unit: '元' }, value: 1, expr: 'F.unit', is: '元' },
  { name: 'Numeric unit default None', type: 'Numeric', value: 1, expr: 'F.unit', is: null },
  {
    name: 'Money getDisplayValue: decimals and unit',
    type: 'Money',
    params: { decimal: 2, unit: '元' },
    value: 1234.5,
    expr: 'F.getDisplayValue()',
    is: '1234.50元',
  },
  {
    name: 'Numeric formatData',
    type: 'Numeric',
    params: { decimal: 1 },
    value: 0,
    expr: 'F.formatData(2.345)',
    is: 2.3,
  },
  {
    name: 'Numeric getPrivateJson',
    type: 'Numeric',
    params: { decimal: 2 },
    value: 0,
    expr: 'F.getPrivateJson()',
    is: { maxDigits: 18, decimal: 2, unit: null },
  },
  {
    name: 'Numeric decimal is read-only',
    type: 'Numeric',
    value: 0,
    expr: 'setattr(F, "decimal", 3)',
    raises: /^AttributeError: /,
  },
  { name: 'Percent unit default %', type: 'Percent', value: 0.25, expr: 'F.unit', is: '%' },
  {
    name: 'Percent realDecimal = decimal + 2',
    type: 'Percent',
    params: { decimal: 1 },
    value: 0.25,
    expr: 'F.realDecimal',
    is: 3,
  },
  {
    name: 'Percent getDisplayValue',
    type: 'Percent',
    params: { decimal: 1 },
    value: 0.256,
    expr: 'F.getDisplayValue()',
    is: '25.6%',
  },
  { name: 'Percent textValue', type: 'Percent', value: 0.25, expr: 'F.textValue', is: '25%' },
  {
    name: 'AutoInt getPkValue needs the platform',
    type: 'AutoInt',
    value: 1,
    expr: 'F.getPkValue()',
    raises: /^NotInSandbox: AutoInt\.getPkValue\(\)/,
  },
  // Serial: getPrivateJson; number generation needs the platform's cache
  {
    name: 'Serial getPrivateJson',
    type: 'Serial',
    params: { prefix: 'PO', incNum: 4 },
    value: 'PO0001',
    expr: 'F.getPrivateJson()["prefix"], F.getPrivateJson()["incNum"], F.getPrivateJson()["dateTimeFormat"]',
    is: ['PO', 4, 'YYYYMMDD'],
  },
  {
    name: 'Serial newSerialNumber needs the platform',
    type: 'Serial',
    value: 'PO0001',
    expr: 'F.newSerialNumber({})',
    raises:
      /^NotInSandbox: Serial\.newSerialNumber\(\) draws the next number from the platform's serial-number cache/,
  },
  // Date / Datetime / Time
  {
    name: 'Date value is a date',
    type: 'Date',
    value: '2024-05-17',
    expr: 'type(F.value).__name__',
    is: 'date',
  },
  { name: 'Date year', type: 'Date', value: '2024-05-17', expr: 'F.year', is: 2024 },
  { name: 'Date quarter', type: 'Date', value: '2024-05-17', expr: 'F.quarter', is: 2 },
  { name: 'Date month', type: 'Date', value: '2024-05-17', expr: 'F.month', is: 5 },
  { name: 'Date day', type: 'Date', value: '2024-05-17', expr: 'F.day', is: 17 },
  { name: 'Date weekDay: Friday is 5', type: 'Date', value: '2024-05-17', expr: 'F.weekDay', is: 5 },
  { name: 'Date weekOfYear (ISO)', type: 'Date', value: '2024-05-17', expr: 'F.weekOfYear', is: 20 },
  { name: 'Date dt', type: 'Date', value: '2024-05-17', expr: 'F.dt', is: '2024-05-17' },
  {
    name: 'Date dt is writable',
    type: 'Date',
    value: '2024-05-17',
    expr: '(setattr(F, "dt", "2025-01-02"), F.value)[1]',
    is: '2025-01-02',
  },
  {
    name: 'Date addDay',
    type: 'Date',
    value: '2024-05-17',
    expr: '(F.addDay(20), F.value)[1]',
    is: '2024-06-06',
  },
  {
    name: 'Date addMonth clamps the day',
    type: 'Date',
    value: '2024-01-31',
    expr: '(F.addMonth(1), F.value)[1]',
    is: '2024-02-29',
  },
  {
    name: 'Date addYear',
    type: 'Date',
    value: '2024-02-29',
    expr: '(F.addYear(1), F.value)[1]',
    is: '2025-02-28',
  },
  {
    name: 'Date addQuarter',
    type: 'Date',
    value: '2024-05-17',
    expr: '(F.addQuarter(1), F.value)[1]',
    is: '2024-08-17',
  },
  {
    name: 'Date addWeek',
    type: 'Date',
    value: '2024-05-17',
    expr: '(F.addWeek(1), F.value)[1]',
    is: '2024-05-24',
  },
  {
    name: 'Date reduceDay',
    type: 'Date',
    value: '2024-03-01',
    expr: '(F.reduceDay(1), F.value)[1]',
    is: '2024-02-29',
  },
  {
    name: 'Date reduceMonth',
    type: 'Date',
    value: '2024-03-31',
    expr: '(F.reduceMonth(1), F.value)[1]',
    is: '2024-02-29',
  },
  { name: 'Date gt a string', type: 'Date', value: '2024-05-17', expr: 'F.gt("2024-01-01")', is: true },
  {
    name: 'Date lt a date',
    type: 'Date',
    value: '2024-05-17',
    expr: 'F.lt(datetime.date(2024, 1, 1))',
    is: false,
  },
  {
    name: 'Date range',
    type: 'Date',
    value: '2024-05-17',
    expr: 'F.range(["2024-05-01", "2024-05-31"])',
    is: true,
  },
  {
    name: 'Date getDisplayValue in dateTimeFormat',
    type: 'Date',
    params: { dateTimeFormat: 'YYYY/MM/DD' },
    value: '2024-05-17',
    expr: 'F.getDisplayValue()',
    is: '2024/05/17',
  },
  {
    name: 'Date dateTimeType declared',
    type: 'Date',
    params: { dateTimeType: 'YEAR_MONTH' },
    value: null,
    expr: 'F.dateTimeType',
    is: 'YEAR_MONTH',
  },
  { name: 'Date year of None', type: 'Date', value: null, expr: 'F.year', is: null },
  { name: 'Datetime year', type: 'Datetime', value: '2024-05-17 10:20:30', expr: 'F.year', is: 2024 },
  { name: 'Datetime hour', type: 'Datetime', value: '2024-05-17 10:20:30', expr: 'F.hour', is: 10 },
  { name: 'Datetime minute', type: 'Datetime', value: '2024-05-17 10:20:30', expr: 'F.minute', is: 20 },
  { name: 'Datetime second', type: 'Datetime', value: '2024-05-17 10:20:30', expr: 'F.second', is: 30 },
  { name: 'Datetime date', type: 'Datetime', value: '2024-05-17 10:20:30', expr: 'F.date', is: '2024-05-17' },
  { name: 'Datetime dt', type: 'Datetime', value: '2024-05-17 10:20:30', expr: 'F.dt', is: '2024-05-17' },
  {
    name: 'Datetime getDisplayValue',
    type: 'Datetime',
    value: '2024-05-17T10:20:30',
    expr: 'F.getDisplayValue()',
    is: '2024-05-17 10:20:30',
  },
  {
    name: 'Datetime addDay keeps the time',
    type: 'Datetime',
    value: '2024-05-17 10:20:30',
    expr: '(F.addDay(1), F.value)[1]',
    is: '2024-05-18T10:20:30',
  },
  { name: 'Time hour', type: 'Time', value: '10:20:30', expr: 'F.hour', is: 10 },
  {
    name: 'Date getCompareValue needs the platform',
    type: 'Date',
    value: '2024-05-17',
    expr: 'F.getCompareValue(None, "=", 1)',
    raises: /^NotInSandbox: Date\.getCompareValue\(\)/,
  },
  // Radio / Dropdown / MultiRadio / MultiDropdown / Checkbox
  {
    name: 'Dropdown options declared',
    type: 'Dropdown',
    params: { options: [{ label: 'Open', value: 'o' }] },
    value: 'o',
    expr: 'F.options',
    is: [{ label: 'Open', value: 'o' }],
  },
  {
    name: 'Dropdown getDisplayValue is the label',
    type: 'Dropdown',
    params: { options: [{ label: 'Open', value: 'o' }] },
    value: 'o',
    expr: 'F.getDisplayValue()',
    is: 'Open',
  },
  { name: 'Dropdown options default []', type: 'Dropdown', value: 'o', expr: 'F.options', is: [] },
  { name: 'Radio color default True', type: 'Radio', value: 'o', expr: 'F.color', is: true },
  { name: 'Radio selectionWay default', type: 'Radio', value: 'o', expr: 'F.selectionWay', is: 'custom' },
  { name: 'Radio inherits Stext sw', type: 'Radio', value: 'open', expr: 'F.sw("op")', is: true },
  {
    name: 'MultiDropdown getDisplayValue joins labels',
    type: 'MultiDropdown',
    params: {
      options: [
        { label: 'A', value: 'a' },
        { label: 'B', value: 'b' },
      ],
    },
    value: ['a', 'b'],
    expr: 'F.getDisplayValue()',
    is: 'A, B',
  },
  { name: 'MultiDropdown limit default', type: 'MultiDropdown', value: [], expr: 'F.limit', is: false },
  {
    name: 'MultiDropdown maxCount declared',
    type: 'MultiDropdown',
    params: { maxCount: 3 },
    value: [],
    expr: 'F.maxCount',
    is: 3,
  },
  {
    name: 'MultiDropdown append',
    type: 'MultiDropdown',
    value: ['a'],
    expr: '(F.append("b"), F.value)[1]',
    is: ['a', 'b'],
  },
  { name: 'MultiRadio value is a list', type: 'MultiRadio', value: 'a', expr: 'F.value', is: ['a'] },
  {
    name: 'Checkbox formatData',
    type: 'Checkbox',
    value: [],
    expr: '[F.formatData(True), F.formatData(0)]',
    is: [1, null],
  },
  {
    name: 'Checkbox checkboxDescription declared',
    type: 'Checkbox',
    params: { checkboxDescription: 'I agree', isEnableDescription: true },
    value: [],
    expr: '[F.checkboxDescription, F.isEnableDescription]',
    is: ['I agree', true],
  },
  // Member / Dept: names carried in the value; organisation lookups need the platform
  {
    name: 'Member getName from the value',
    type: 'Member',
    value: { id: 'u1', name: 'Bob' },
    expr: 'F.getName()',
    is: 'Bob',
  },
  {
    name: 'Member getDirectLeader needs the platform',
    type: 'Member',
    value: { id: 'u1', name: 'Bob' },
    expr: 'F.getDirectLeader()',
    raises: /^NotInSandbox: Member\.getDirectLeader\(\) looks it up in the platform's organisation/,
  },
  {
    name: 'Member getName of a bare id needs the platform',
    type: 'Member',
    value: 'u1',
    expr: 'F.getName()',
    raises: /^NotInSandbox: Member\.getName\(\)/,
  },
  { name: 'Member allowLeave default', type: 'Member', value: null, expr: 'F.allowLeave', is: 0 },
  {
    name: 'MultiMember getDisplayValue',
    type: 'MultiMember',
    value: [{ name: 'Ann' }, { name: 'Bob' }],
    expr: 'F.getDisplayValue()',
    is: 'Ann, Bob',
  },
  {
    name: 'Dept getLeader needs the platform',
    type: 'Dept',
    value: { deptId: 'd1' },
    expr: 'F.getLeader()',
    raises: /^NotInSandbox: Dept\.getLeader\(\)/,
  },
  {
    name: 'Dept selectionWay declared',
    type: 'Dept',
    params: { selectionWay: 'currentOrg' },
    value: null,
    expr: 'F.selectionWay',
    is: 'currentOrg',
  },
  // File / Image / JitList
  {
    name: 'File count and size',
    type: 'File',
    value: [
      { name: 'a.pdf', size: 10 },
      { name: 'b.pdf', size: 5 },
    ],
    expr: '[F.count, F.size]',
    is: [2, 15],
  },
  { name: 'File maxCount default 5', type: 'File', value: [], expr: 'F.maxCount', is: 5 },
  {
    name: 'File getFirstValue',
    type: 'File',
    value: [{ name: 'a.pdf' }],
    expr: 'F.getFirstValue()',
    is: { name: 'a.pdf' },
  },
  {
    name: 'File getDisplayValue',
    type: 'File',
    value: [{ name: 'a.pdf' }, { name: 'b.pdf' }],
    expr: 'F.getDisplayValue()',
    is: 'a.pdf, b.pdf',
  },
  {
    name: 'Image size is the declared size',
    type: 'Image',
    params: { size: 'big' },
    value: [],
    expr: 'F.size',
    is: 'big',
  },
  { name: 'Image imageName', type: 'Image', value: [{ name: 'a.png' }], expr: 'F.imageName', is: ['a.png'] },
  {
    name: 'JitList sum/average/max',
    type: 'JitList',
    value: [1, 2, 3],
    expr: '[F.sum, F.average, F.max, F.listCount]',
    is: [6, 2, 3, 3],
  },
  {
    name: 'JitList distinctListCount',
    type: 'JitList',
    value: [1, 1, 2],
    expr: 'F.distinctListCount',
    is: 2,
  },
  // Address / Position / Link / JitDict / JitMap
  {
    name: 'Address province/city/district',
    type: 'Address',
    value: { province: '上海', city: '上海', district: '浦东' },
    expr: '[F.province, F.city, F.district]',
    is: ['上海', '上海', '浦东'],
  },
  {
    name: 'Address belong',
    type: 'Address',
    value: { province: '上海', city: '上海', district: '浦东' },
    expr: 'F.belong({"province": "上海"})',
    is: true,
  },
  { name: 'Address addressFormat default', type: 'Address', value: null, expr: 'F.addressFormat', is: 'pca' },
  {
    name: 'Position lng/lat',
    type: 'Position',
    value: { lng: 121.5, lat: 31.2 },
    expr: '[F.lng, F.lat]',
    is: [121.5, 31.2],
  },
  {
    name: 'Link url of a string',
    type: 'Link',
    value: 'https://x.test',
    expr: 'F.url',
    is: 'https://x.test',
  },
  {
    name: 'Link linkTitle is writable',
    type: 'Link',
    value: { url: 'https://x.test' },
    expr: '(setattr(F, "linkTitle", "X"), F.getDisplayValue())[1]',
    is: 'X',
  },
  { name: 'JitDict KVCount', type: 'JitDict', value: { a: 1, b: 2 }, expr: 'F.KVCount', is: 2 },
  { name: 'JitMap get/keys', type: 'JitMap', value: { a: 1 }, expr: '[F.get("a"), F.keys]', is: [1, ['a']] },
  // Identify / LicensePlate / Phone / Signature
  {
    name: 'Identify birthday/gender/address',
    type: 'Identify',
    value: '110105199003071234',
    expr: '[F.birthday, F.gender, F.address]',
    is: ['1990-03-07', '男', '北京'],
  },
  {
    name: 'LicensePlate provinceCode',
    type: 'LicensePlate',
    value: '沪A12345',
    expr: '[F.provinceCode(), F.maxLen]',
    is: ['沪', 12],
  },
  {
    name: 'Phone rules/maxLen defaults',
    type: 'Phone',
    value: '13800000000',
    expr: '[F.rules, F.maxLen]',
    is: ['eleven', 11],
  },
  { name: 'Signature mode default', type: 'Signature', value: null, expr: 'F.mode', is: 'new' },
  // SubTable / RelateData
  {
    name: 'SubTable length/firstRow',
    type: 'SubTable',
    value: [{ a: 1 }, { a: 2 }],
    expr: '[F.length, F.firstRow]',
    is: [2, { a: 1 }],
  },
  {
    name: 'SubTable orderBy descending',
    type: 'SubTable',
    value: [{ a: 1 }, { a: 3 }, { a: 2 }],
    expr: 'F.orderBy("-a").value',
    is: [{ a: 3 }, { a: 2 }, { a: 1 }],
  },
  { name: 'SubTable relateType default', type: 'SubTable', value: [], expr: 'F.relateType', is: 'sub' },
  {
    name: 'RelateData save needs the platform',
    type: 'RelateData',
    value: null,
    expr: 'F.save()',
    raises: /^NotInSandbox: RelateData\.save\(\) reads or writes the platform's database/,
  },
  // A type the docs do not list: `.value` only, as before
  { name: 'unlisted type keeps .value', type: 'Email', value: 'a@b.test', expr: 'F.value', is: 'a@b.test' },
];

/** Expressions that construct field objects in the handler (`datatypes.X(...)`, data-types.md init parameters). */
const CONSTRUCTED: Case[] = [
  {
    name: 'datatypes.Money(decimal=2, unit=…, value=…)',
    type: '',
    value: null,
    expr: 'datatypes.Money(name="m", decimal=2, unit="元", value=3.5).getDisplayValue()',
    is: '3.50元',
  },
  {
    name: 'datatypes.Stext(value=…).length',
    type: '',
    value: null,
    expr: 'datatypes.Stext(value="abc").length',
    is: 3,
  },
  {
    name: 'datatypes.Date(value=…) coerced',
    type: '',
    value: null,
    expr: 'datatypes.Date(value="2024-05-17").year',
    is: 2024,
  },
  {
    name: 'datatypes.Dropdown(options=…).options',
    type: '',
    value: null,
    expr: 'datatypes.Dropdown(options=[{"label": "A", "value": "a"}], value="a").getDisplayValue()',
    is: 'A',
  },
  {
    name: 'datatypes.X() value is writable',
    type: '',
    value: null,
    expr: '(lambda f: (setattr(f, "value", 7), f.gt(5))[1])(datatypes.Numeric())',
    is: true,
  },
];

const fieldName = (i: number): string => `f${i}`;

function handlerSource(): string {
  const lines = [
    'import datetime',
    'from datatypes.Meta import datatypes',
    '',
    'def _try(fn):',
    '    try:',
    '        return ["ok", fn()]',
    '    except Exception as e:',
    '        return ["error", f"{type(e).__name__}: {e}"]',
    '',
    'def handleOrderApproval(eventOutData):',
    '    row = eventOutData.row',
    '    out = {}',
  ];
  CASES.forEach((c, i) => {
    const expr = c.expr.replaceAll(/\bF\b/g, `row.${fieldName(i)}`);
    lines.push(`    out[${JSON.stringify(c.name)}] = _try(lambda: (${expr}))`);
  });
  for (const c of CONSTRUCTED) lines.push(`    out[${JSON.stringify(c.name)}] = _try(lambda: (${c.expr}))`);
  lines.push('    return out');
  return lines.join('\n');
}

function request(code: string, fields: RunModelField[], row: SampleRow): RunRequest {
  return orderRequest(code, { model: { fullName: 'models.OrderModel', fields }, row });
}

let sandbox: NodeSandbox;

beforeAll(async () => {
  sandbox = await NodeSandbox.start();
});

afterAll(() => sandbox?.dispose());

describe('datatypes field objects: the conformance table', () => {
  let results: Record<string, [string, PlainValue]>;

  beforeAll(async () => {
    const fields = CASES.map((c, i) => ({
      name: fieldName(i),
      type: c.type,
      ...(c.params ? { params: c.params } : {}),
    }));
    const row = Object.fromEntries(CASES.map((c, i) => [fieldName(i), c.value]));
    const result = await sandbox.run(request(handlerSource(), fields, row));
    expect(result.error).toBeNull();
    results = result.returnValue as Record<string, [string, PlainValue]>;
  });

  it.each([...CASES, ...CONSTRUCTED])('$name: $expr', (c) => {
    const [outcome, got] = results[c.name] ?? [];
    if (c.raises) {
      expect(outcome).toBe('error');
      expect(String(got)).toMatch(c.raises);
    } else {
      expect([outcome, got]).toEqual(['ok', c.is]);
    }
  });
});

describe('datatypes field objects in a run', () => {
  it('a function that changes the value shows as a changed field; untouched fields stay as they came', async () => {
    const code = [
      'def handleOrderApproval(eventOutData):',
      '    row = eventOutData.row',
      '    row.amount.add(50)',
      '    row.due.addDay(1)',
      '    return [row.amount.getDisplayValue(), row.title.length]',
    ].join('\n');
    const fields: RunModelField[] = [
      { name: 'amount', type: 'Money', params: { decimal: 2, unit: '元' } },
      { name: 'due', type: 'Date' },
      { name: 'title', type: 'Stext' },
      { name: 'other', type: 'Datetime' },
    ];
    const row = { amount: '100', due: '2024-12-31', title: 'Hello', other: 'not a date' };
    const result = await sandbox.run(request(code, fields, row));
    expect(result.error).toBeNull();
    expect(result.returnValue).toEqual(['150.00元', 5]);
    expect(result.row?.changed.sort()).toEqual(['amount', 'due']);
    expect(result.row?.after).toEqual({
      amount: 150,
      due: '2025-01-01',
      title: 'Hello',
      other: 'not a date',
    });
  });
});

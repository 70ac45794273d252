// Chinese (default) and English for every page: texts, numbers and dates formatted for the language.
const KEY = 'wastenet.lang';

const TEXT = {
  'app.name': ['WasteNet 成都垃圾分类', 'WasteNet Chengdu'],
  'nav.home': ['首页', 'Home'], 'nav.signout': ['退出', 'Sign out'], 'nav.lang': ['English', '中文'],
  'signin.title': ['登录', 'Sign in'], 'signin.user': ['用户名', 'User name'], 'signin.password': ['密码', 'Password'],
  'signin.submit': ['登录', 'Sign in'], 'signin.failed': ['用户名或密码不正确', 'User name or password is wrong'],
  'signin.demo': ['演示账号（密码均为 wastenet）：station-jj01 投放站、hauler01 收运、plant-ql 处置厂、officer-jj 区县、inspector-jj 督导、bureau 市局、admin 管理员',
                  'Demo users (password wastenet for all): station-jj01 station, hauler01 hauler, plant-ql plant, officer-jj district, inspector-jj inspector, bureau, admin'],
  'home.title': ['您好，{0}', 'Hello, {0}'], 'home.roles': ['您可以：', 'What you do here:'],
  'role.STATION_STAFF': ['投放站登记：称重录入、当日汇总、更正', 'Station: log weighings, today’s totals, corrections'],
  'role.HAULER': ['收运：收运联单、收运与交付', 'Hauler: manifests, pickups and deliveries'],
  'role.FACILITY_OPERATOR': ['处置设施：进出场、处理记录、产能', 'Facility: receipts, outputs, treatment, capacity'],
  'role.DISTRICT_OFFICER': ['区县：数据完整性、预警确认、月报报送', 'District: completeness, warnings, monthly return'],
  'role.BUREAU': ['市局：指标看板、排名、报表审核与锁定、导出', 'Bureau: indicators, ranking, returns, exports'],
  'role.ADMIN': ['管理员：基础数据与用户权限（API 文档）', 'Administrator: reference data and users (API document)'],
  'role.INSPECTOR': ['督导检查：本月计划、评分、拍照、复查', 'Inspector: the month’s plan, scoring, photos, re-inspections'],
  'station.title': ['投放站称重登记', 'Station weighing'], 'station.point': ['我的投放点', 'My point'],
  'station.category': ['类别', 'Category'], 'station.material': ['细类', 'Material'], 'station.weight': ['重量（千克）', 'Weight (kg)'],
  'station.submit': ['登记', 'Log it'], 'station.logged': ['已登记 {0} 千克', 'Logged {0} kg'],
  'station.today': ['今日记录', 'Today’s entries'], 'station.totals': ['今日合计', 'Today’s totals'], 'station.none': ['今天还没有记录', 'Nothing logged today yet'],
  'station.correct': ['更正', 'Correct'], 'station.reason': ['更正原因', 'Reason for the correction'], 'station.save': ['保存更正', 'Save correction'],
  'station.corrected': ['已更正（第 {0} 版）', 'Corrected (revision {0})'], 'station.nopoints': ['您的账号尚未分配投放点，请联系管理员', 'No point is assigned to you yet; ask an administrator'],
  'cat.RECYCLABLE': ['可回收物', 'Recyclables'], 'cat.HAZARDOUS': ['有害垃圾', 'Hazardous'], 'cat.KITCHEN': ['厨余垃圾', 'Kitchen waste'], 'cat.RESIDUAL': ['其他垃圾', 'Residual'],
  'col.time': ['时间', 'Time'], 'col.category': ['类别', 'Category'], 'col.weight': ['重量（千克）', 'Weight (kg)'], 'col.revision': ['版本', 'Rev.'],
  'col.district': ['区县', 'District'], 'col.status': ['状态', 'Status'], 'col.due': ['截止日期', 'Due'], 'col.warnings': ['未确认预警', 'Open warnings'],
  'col.rank': ['排名', 'Rank'], 'col.resource': ['资源化利用率', 'Resource utilisation'], 'col.recovery': ['回收利用率', 'Recovery'], 'col.coverage': ['覆盖率', 'Coverage'],
  'col.gap': ['差距', 'Gap'], 'col.point': ['投放点', 'Point'], 'col.days': ['缺报天数', 'Days missing'], 'col.facility': ['设施', 'Facility'],
  'col.kind': ['类型', 'Kind'], 'col.message': ['内容', 'Message'], 'col.day': ['日期', 'Day'], 'col.community': ['小区', 'Community'],
  'col.households': ['户数', 'Households'], 'col.reason': ['原因', 'Reason'], 'col.utilisation': ['产能利用率', 'Utilisation'],
  'col.capacity': ['设计能力（吨/日）', 'Design capacity (t/day)'], 'col.intake': ['日均进场（吨）', 'Average intake (t/day)'],
  'district.title': ['区县月报', 'District return'], 'district.district': ['区县', 'District'], 'district.month': ['月份', 'Month'],
  'district.return': ['月报状态', 'Return'], 'district.submit': ['报送月报', 'Submit the return'], 'district.submitted': ['已报送', 'Submitted'],
  'district.warnings': ['待确认预警', 'Warnings to confirm'], 'district.nowarnings': ['没有待确认的预警', 'No warning to confirm'],
  'district.comment': ['确认说明', 'Comment'], 'district.confirm': ['确认', 'Confirm'], 'district.confirmed': ['已确认', 'Confirmed'],
  'district.completeness': ['数据完整性', 'Completeness'], 'district.complete': ['{0} 个启用投放点中 {1} 个每天都有登记', '{1} of {0} active points logged every day'],
  'district.silent': ['有缺报日期的设施', 'Facilities with days without records'],
  'district.missingPage': ['有缺报的投放点第 {0}–{1} 个，共 {2} 个（缺报最多的在前；XLSX 含全部）', 'Points with missing days {0}–{1} of {2} (most missing first; the XLSX has them all)'],
  'pager.prev': ['上一页', 'Previous'], 'pager.next': ['下一页', 'Next'], 'district.late': ['逾期', 'late'],
  'bureau.title': ['市局指标看板', 'Bureau dashboard'], 'bureau.month': ['统计月份', 'Month'],
  'ind.coverage': ['生活垃圾分类覆盖率', 'Sorting coverage'], 'ind.recovery': ['回收利用率', 'Recovery rate'],
  'ind.resource': ['资源化利用率', 'Resource utilisation'], 'ind.harmless': ['无害化处理率', 'Harmless treatment'],
  'ind.target': ['目标 {0}', 'target {0}'], 'ind.gap': ['差距 {0} 个百分点', 'gap {0} points'], 'ind.met': ['已达标（+{0}）', 'met (+{0})'], 'ind.nodata': ['无数据', 'no data'],
  'bureau.trend': ['月度趋势', 'Monthly trend'], 'bureau.ranking': ['区县排名（资源化利用率）', 'District ranking (resource utilisation)'],
  'bureau.returns': ['各区县月报状态', 'Returns of every district'], 'bureau.capacity': ['设施产能利用率', 'Facility capacity utilisation'],
  'bureau.points': ['投放点分布（按状态）', 'Points by location and status'],
  'bureau.downloads': ['下载', 'Downloads'], 'bureau.approve': ['审核通过', 'Approve'], 'bureau.lock': ['锁定', 'Lock'],
  'comp.R': ['可回收物回收量', 'recyclables recovered'], 'comp.I': ['焚烧量', 'incinerated'], 'comp.K': ['厨余垃圾处理量', 'kitchen waste treated'],
  'comp.L': ['填埋量', 'landfilled'], 'comp.C': ['清运量', 'collected'], 'bureau.records': ['查看明细记录', 'Show the records'],
  'col.source': ['来源', 'Source'],
  'dl.indicators': ['各区县指标', 'Indicators'], 'dl.ranking': ['区县排名', 'Ranking'],
  'bureau.components': ['资源化利用率的构成', 'Components of resource utilisation'],
  'status.DRAFT': ['草稿', 'Draft'], 'status.SUBMITTED': ['已报送', 'Submitted'], 'status.APPROVED': ['已审核', 'Approved'], 'status.LOCKED': ['已锁定', 'Locked'],
  'status.ACTIVE': ['启用', 'Active'], 'status.SUSPENDED': ['暂停', 'Suspended'], 'status.CLOSED': ['关闭', 'Closed'],
  'hauler.title': ['收运联单', 'Manifests'], 'hauler.open': ['未完成联单', 'Open manifests'], 'hauler.overdue': ['超时', 'overdue'],
  'hauler.none': ['没有未完成的联单', 'No open manifest'], 'hauler.pickup': ['收运登记', 'Record a pickup'],
  'hauler.source': ['来源（投放点或产生单位）', 'Source (point or producer)'], 'hauler.vehicle': ['车辆', 'Vehicle'],
  'hauler.record': ['生成联单', 'Open a manifest'], 'hauler.deliver': ['交付', 'Deliver'], 'hauler.plant': ['处置厂', 'Plant'],
  'hauler.weighbridge': ['地磅重量', 'Weighbridge kg'],
  'hauler.destination': ['去向处理厂（空：按路线）', 'Destination plant (empty: the route\'s)'],
  'facility.facility': ['设施', 'Facility'], 'facility.from': ['开始', 'From'], 'facility.to': ['结束', 'To'],
  'facility.flows': ['每日进出', 'Daily in and out'], 'facility.in': ['进场', 'In'], 'facility.outputs': ['产品', 'Products'], 'facility.residues': ['残渣', 'Residues'],
  'facility.treatment': ['处理记录（餐厨/厨余处理厂）', 'Treatment record (kitchen-waste plant)'], 'facility.input': ['处理量（千克）', 'Input (kg)'],
  'facility.impurities': ['杂质（千克）', 'Impurities (kg)'], 'facility.biogas': ['沼气（Nm³）', 'Biogas (Nm³)'], 'facility.oil': ['粗油脂（千克）', 'Crude oil (kg)'],
  'facility.save': ['保存', 'Save'], 'facility.within': ['在允许偏差内', 'within tolerance'], 'facility.outside': ['超出允许偏差', 'outside tolerance'],
  'facility.noalerts': ['没有待确认的产能预警', 'No alert to confirm'], 'facility.capacityline': ['设计能力', 'Design capacity'],
  'facility.title': ['处置设施', 'Facility'], 'facility.intake': ['每日进场与设计能力', 'Daily intake against design capacity'],
  'facility.balance': ['物料平衡', 'Mass balance'], 'facility.alerts': ['产能预警', 'Capacity alerts'],
  'reason.NO_ACTIVE_POINT': ['没有启用的投放点', 'no active point'], 'reason.MISSING_CATEGORIES': ['缺少类别', 'missing categories'],
  'reason.NO_KITCHEN_WASTE_LOGGED': ['未登记厨余垃圾', 'no kitchen waste logged'], 'reason.COVERED': ['已覆盖', 'covered'],
  'nav.imports': ['批量导入', 'Imports'],
  'nav.wall': ['大屏', 'Wall screen'],
  'imports.title': ['批量导入', 'Bulk imports'], 'imports.send': ['上传 CSV 文件', 'Send a CSV file'],
  'imports.type': ['记录类型', 'Record type'], 'imports.file': ['文件', 'File'], 'imports.header': ['表头：', 'Header:'],
  'imports.upload': ['上传并导入', 'Upload and import'], 'imports.list': ['我的导入', 'Imports'],
  'imports.none': ['还没有导入', 'No import yet'], 'imports.status': ['状态', 'Status'], 'imports.progress': ['进度', 'Progress'],
  'imports.accepted': ['已导入', 'Stored'], 'imports.already': ['此前已有', 'Already stored'], 'imports.rejected': ['被拒绝', 'Refused'],
  'imports.showRejections': ['查看被拒绝的行', 'Refused rows'], 'imports.stop': ['停止', 'Stop'], 'imports.restart': ['继续导入', 'Resume'],
  'imports.runs': ['第 {0} 次运行', 'run {0}'], 'imports.rejectionsOf': ['导入 {0} 被拒绝的行（共 {1} 条）', 'Refused rows of import {0} ({1})'],
  'imports.line': ['行号', 'Line'], 'imports.field': ['字段', 'Field'], 'imports.why': ['原因', 'Why'],
  'imports.nofile': ['请选择要上传的文件', 'Choose a file to send'],
  'imports.received': ['已收到 {0}（{1} 行），正在后台导入', 'Received {0} ({1} rows); importing in the background'],
  'imports.type.tonnage-logs': ['称重记录', 'Weighings'], 'imports.type.receipts': ['设施进场记录', 'Facility receipts'],
  'imports.type.transfers': ['可回收物转运', 'Recyclables transfers'],
  'imports.status.QUEUED': ['排队中', 'queued'], 'imports.status.RUNNING': ['导入中', 'running'], 'imports.status.STOPPING': ['正在停止', 'stopping'],
  'imports.status.STOPPED': ['已停止', 'stopped'], 'imports.status.FAILED': ['失败', 'failed'], 'imports.status.COMPLETED': ['已完成', 'completed'],
  // ---- bureau page (issue 16)
  'bureau.review': ['查看', 'Review'], 'bureau.reviewTitle': ['月报审核', 'Review a return'],
  'bureau.sendBack': ['退回', 'Send back'], 'bureau.reason': ['退回原因', 'Reason for sending it back'],
  'bureau.reasonNeeded': ['退回需要填写原因', 'Sending back needs a reason'],
  'bureau.confirmAction': ['确认对 {1} 执行“{0}”？', '{0}: {1}. Are you sure?'], 'bureau.yes': ['确认', 'Yes'], 'bureau.cancel': ['取消', 'Cancel'],
  'bureau.done': ['{1}：已{0}', '{1}: {0} done'],
  // ---- the bureau's drill-downs: every tile opens one (issue 16)
  'bureau.details': ['查看明细 ›', 'Details ›'],
  'drill.coverage': ['覆盖率：各区县与未覆盖小区', 'Coverage by district, and the communities not covered'],
  'drill.recovery': ['回收利用率：各区县', 'Recovery rate by district'],
  'drill.resource': ['资源化利用率：各区县及其构成', 'Resource utilisation by district, with its components'],
  'drill.harmless': ['无害化处理率：各区县', 'Harmless treatment by district'],
  'drill.city': ['全市', 'City'], 'drill.communities': ['已覆盖小区', 'Communities covered'],
  'drill.uncovered': ['未覆盖小区：{0} 个中的 {1} 个（显示前 {2} 个）', 'Communities not covered: {1} of {0} ({2} shown)'],
  'drill.num.recovery': ['回收利用量（R + K）', 'Recovered and used (R + K)'], 'drill.den.recovery': ['基数（C + R）', 'Base (C + R)'],
  'drill.num.harmless': ['无害化处理量', 'Treated harmlessly'], 'drill.den.harmless': ['清运量（C）', 'Collected (C)'],
  'drill.records': ['共 {0} 条记录，显示前 {1} 条', '{1} of {0} records shown'], 'col.counted': ['计入量', 'Counted'],
  'col.component': ['构成', 'Component'], 'col.mass': ['重量', 'Mass'],
  'drill.treatment': ['处理记录', 'treatment record'],
  'source.POINT': ['投放点/回收网点', 'points and outlets'], 'source.DISTRICT': ['区县清运', 'district collection'],
  'source.PRODUCER': ['餐饮单位', 'restaurants and canteens'], 'source.FACILITY': ['设施', 'facility'],
  // ---- page titles (the browser's tab)
  'title.bureau': ['WasteNet · 市局', 'WasteNet · Bureau'], 'title.district': ['WasteNet · 区县', 'WasteNet · District'],
  'title.facility': ['WasteNet · 设施', 'WasteNet · Facility'], 'title.hauler': ['WasteNet · 收运', 'WasteNet · Hauler'],
  'title.imports': ['WasteNet · 批量导入', 'WasteNet · Imports'], 'title.station': ['WasteNet · 投放站', 'WasteNet · Station'],
  // ---- district page (issue 16)
  'district.indicator': ['指标', 'Indicator'], 'district.rate': ['本月', 'This month'], 'district.target': ['目标', 'Target'],
  'district.why.role': ['只有区县报送员可以报送月报', 'Only the district officer submits the return'],
  'district.why.status': ['月报当前为“{0}”，不能再次报送', 'The return is {0}: it cannot be submitted again'],
  'district.why.open': ['报表期到 {0} 才结束，结束后可报送', 'The month runs until {0}: it can be submitted after that'],
  'district.why.warnings': ['还有 {0} 条预警未确认，确认后才能报送', '{0} warning(s) must be confirmed first'],
  'district.commentAll': ['确认说明（用于全部 {0} 条预警）', 'Comment (for all {0} warnings)'],
  'district.confirmAll': ['全部确认（{0} 条）', 'Confirm all ({0})'], 'district.commentNeeded': ['请填写确认说明', 'Write a comment first'],
  'district.confirmedAll': ['已确认 {0} 条预警', '{0} warning(s) confirmed'],
  'district.delivery': ['交付批次 {0}（{1}），合计差额 {2}', 'Delivery {0} at {1}: {2} difference in all'],
  'district.manifestLine': ['联单 {0}：收运 {1}，地磅分摊 {2}，差额 {3}', 'Manifest {0}: picked up {1}, weighbridge share {2}, difference {3}'],
  'district.missingDates': ['缺报日期', 'Days missing'], 'district.nomonths': ['本区县还没有数据，没有需要报送的月份', 'This district has no data yet: there is no month to report'],
  'warning.MANIFEST_DISCREPANCY': ['收运联单差异', 'Manifest discrepancies'], 'warning.POINT_DAY_UNUSUAL': ['投放点异常称重', 'Unusual days at points'],
  'warning.FACILITY_OVER_CAPACITY': ['设施超出设计能力', 'Facilities over capacity'],
  // ---- hauler page (issue 16)
  'hauler.pickSource': ['— 从路线站点中选择 —', '— pick a stop of your routes —'], 'hauler.pickSourceFirst': ['请先选择来源站点', 'Pick the stop first'],
  'hauler.noroutes': ['您的收运单位还没有路线，请联系管理员', 'Your hauler has no route yet; ask an administrator'],
  'hauler.byRoute': ['按路线（默认）', 'The route’s plant (default)'], 'hauler.anyPlant': ['任一处理厂', 'any plant'],
  'hauler.picked': ['收运', 'picked up'], 'hauler.delivered': ['最近交付', 'Recently delivered'], 'hauler.nodelivered': ['还没有交付的联单', 'Nothing delivered yet'],
  'hauler.result': ['{0} 地磅 {1} 千克（差额 {2} 千克）', 'weighed at {0}: {1} kg (difference {2} kg)'], 'hauler.flagged': ['超出允许偏差', 'outside tolerance'],
  'hauler.opened': ['已生成联单 {0}：{1} 千克，去向 {2}', 'Manifest {0} opened: {1} kg, to {2}'],
  // ---- facility page (issue 16)
  'facility.incoming': ['待交付联单（地磅）', 'Manifests coming in (weighbridge)'],
  'facility.noincoming': ['没有待交付的联单', 'No manifest is on its way'],
  'facility.pickManifests': ['勾选同一车次的联单（超时的在前），填写地磅重量后交付', 'Tick the manifests of one vehicle (overdue first), enter the weighbridge weight and close them'],
  'facility.weighbridge': ['地磅重量（千克）', 'Weighbridge weight (kg)'], 'facility.close': ['确认交付', 'Close the delivery'],
  'facility.selected': ['已选 {0} 张联单，收运合计 {1}', '{0} manifest(s) ticked, picked up {1} in all'],
  'facility.pickFirst': ['请至少勾选一张联单', 'Tick at least one manifest'],
  'facility.closed': ['已交付 {0} 张联单（批次 {1}）：收运合计 {2}，差额 {3}，{4}', '{0} manifest(s) delivered (delivery {1}): picked up {2}, difference {3}, {4}'],
  'facility.manifest': ['联单', 'Manifest'], 'facility.share': ['地磅分摊', 'Weighbridge share'], 'facility.diff': ['差额', 'Difference'],
  'facility.disposed': ['处理量（焚烧/填埋/厨余处理）', 'Treated or disposed'], 'facility.stock': ['库存变化', 'Stock change'],
  'facility.imbalance': ['不平衡量', 'Imbalance'], 'facility.digestate': ['沼渣（千克）', 'Digestate (kg)'], 'facility.saved': ['处理记录已保存', 'Treatment record saved'],
  'unit.tonnes': ['吨', 't'], 'unit.t': ['{0} 吨', '{0} t'],
  // ---- station page (issue 16)
  'station.chooseCategory': ['请先选择类别', 'Choose a category first'],
  'station.weightMissing': ['请填写重量（千克）', 'Enter the weight in kg'],
  'station.notNumber': ['重量请填写数字，例如 12.5（最多三位小数）', 'Write the weight as a number, such as 12.5 (at most three decimals)'],
  'station.usual': ['此投放点该类别近 {1} 天通常每次 {0} 千克', 'This point usually weighs {0} kg a time in this category (last {1} days)'],
  'station.implausible': ['{0} 千克远高于此投放点近 {2} 天的通常重量 {1} 千克。确定无误吗？', '{0} kg is far above this point’s usual {1} kg (last {2} days). Is it right?'],
  'station.implausibleNoHistory': ['{0} 千克超过一次称重通常的上限 {1} 千克。确定无误吗？', '{0} kg is above what one weighing usually is ({1} kg). Is it right?'],
  'station.sendAnyway': ['确认无误，登记', 'Yes, log it'], 'station.fixWeight': ['修改重量', 'Change the weight'],
  'station.sending': ['正在发送…', 'Sending…'],
  'station.queued': ['网络不通：{0} 千克已保存在本机，联网后自动发送', 'No network: {0} kg is kept on this device and sent when the network is back'],
  'station.waiting': ['{0} 条记录等待联网后发送', '{0} record(s) waiting for the network'],
  'station.sentLater': ['离线保存的 {0} 条记录已发送', '{0} record(s) kept offline have been sent'],
  'station.sentRefused': ['离线记录已发送 {0} 条，{1} 条被拒绝，请重新登记', '{0} offline record(s) sent, {1} refused: log them again'],
  // ---- quality of sorting (issue 18): the inspector's phone page
  'title.inspector': ['WasteNet · 督导检查', 'WasteNet · Inspections'],
  'inspector.title': ['督导检查', 'Sorting inspections'], 'inspector.plan': ['本月检查任务', 'This month’s assignments'],
  'inspector.noPlan': ['{0} 的双随机计划中没有分配给您的小区；可以做计划外检查', 'The {0} double-random plan gives you no community: you may inspect outside the plan'],
  'inspector.planSummary': ['{0}：共 {1} 个小区，待检查 {2} 个', '{0}: {1} communities, {2} still to inspect'],
  'inspector.done': ['已检查', 'inspected'], 'inspector.todo': ['待检查', 'to inspect'], 'inspector.inspect': ['检查此小区', 'Inspect it'],
  'inspector.record': ['检查记录', 'Inspection'], 'inspector.community': ['小区', 'Community'],
  'inspector.pickCommunity': ['— 选择小区 —', '— pick a community —'], 'inspector.pickCommunityFirst': ['请先选择小区', 'Pick the community first'],
  'inspector.planned': ['计划内', 'In the plan'], 'inspector.outside': ['计划外', 'Outside the plan'],
  'inspector.isPlanned': ['本月计划内的检查', 'An inspection of this month’s plan'],
  'inspector.isOutside': ['计划外检查（将标记为计划外）', 'Outside the plan (recorded as such)'],
  'inspector.rubric': ['评分细则：{0}（{1}），{2} 分及格', 'Rubric: {0} ({1}), pass score {2}'],
  'inspector.noRubric': ['今天没有生效的评分细则，无法检查；请联系市局', 'No rubric is valid today, so nothing can be scored: ask the bureau'],
  'inspector.minusWord': ['减 1 分：', 'One point less:'], 'inspector.plusWord': ['加 1 分：', 'One point more:'],
  'inspector.full': ['满分', 'Full'], 'inspector.max': ['满分 {0}', 'out of {0}'], 'inspector.vetoWord': ['否决：', 'Veto:'],
  'inspector.typed': ['已填合计 {0} 分（及格 {1} 分）；结论以服务器计算为准', 'Typed total {0} (pass {1}); the verdict is the server’s'],
  'inspector.vetoesChosen': ['{0} 项否决', '{0} veto(es)'],
  'inspector.comment': ['检查说明', 'Comment'], 'inspector.photo': ['拍照（可多张）', 'Photos (one or more)'],
  'inspector.locating': ['正在获取位置…', 'Finding the position…'],
  'inspector.position': ['位置：{0}, {1}（约 ±{2} 米）', 'Position: {0}, {1} (about ±{2} m)'],
  'inspector.noPosition': ['未获得位置（未允许定位）：检查仍可提交', 'No position (location not allowed): the inspection can still be sent'],
  'inspector.submit': ['提交检查', 'Send the inspection'],
  'inspector.scoreMissing': ['请为“{0}”打分', 'Score “{0}”'],
  'inspector.scoreInvalid': ['“{0}”的得分须为 0 到 {1} 的数字（最多一位小数）', 'The score for “{0}” is a number from 0 to {1} (one decimal at most)'],
  'inspector.photosWaiting': ['还有照片未上传完成：请等待、重试或移除', 'A photo is not uploaded yet: wait, send it again or remove it'],
  'inspector.notSent': ['没有收到服务器的答复：检查已保存在本机，将自动重新发送（不会重复记录），可以继续检查下一个小区', 'No answer from the server: the inspection is kept on this phone and sent again by itself (it is stored once); you can go on to the next community'],
  'inspector.waiting': ['{0} 条检查保存在本机，等待服务器确认：{1}', '{0} inspection(s) kept on this phone, waiting for the server: {1}'],
  'inspector.refusedKept': ['{0}（{1}）：{2}', '{0} ({1}): {2}'],
  'inspector.refusedTitle': ['{0} 条保存在本机的检查被服务器拒绝，需要重新检查：', '{0} inspection(s) kept on this phone were refused by the server and must be done again:'],
  'inspector.dismiss': ['知道了', 'Dismiss'],
  'inspector.signInAgain': ['登录已失效：请重新登录，保存在本机的检查会在登录后发送', 'Your sign-in is no longer valid: sign in again; the inspections kept on this phone are sent after'],
  'list.separator': ['、', ', '],
  'inspector.verdict': ['检查结论', 'Verdict'],
  'inspector.passed': ['{0}：合格', '{0}: passed'], 'inspector.failed': ['{0}：不合格', '{0}: failed'],
  'inspector.total': ['总分 / 及格分', 'Total / pass score'], 'inspector.vetoes': ['否决项', 'Vetoes'], 'inspector.noVeto': ['无', 'none'],
  'inspector.kind': ['类型', 'Kind'], 'inspector.rectification': ['整改', 'Rectification'],
  'inspector.rectificationOpen': ['已开具整改单 #{0}', 'Rectification #{0} opened'],
  'photo.n': ['照片 {0}', 'Photo {0}'], 'photo.sent': ['照片 {0} 已上传', 'Photo {0} uploaded'], 'photo.sending': ['正在上传…', 'Uploading…'],
  'photo.retry': ['重新上传', 'Send again'], 'photo.remove': ['移除', 'Remove'], 'photo.removeN': ['移除照片 {0}', 'Remove photo {0}'],
  // ---- quality of sorting (issue 18): the district's 达标 status, rectifications, refusals
  'quality.title': ['小区达标情况', 'Communities meeting the sorting standard'], 'quality.month': ['达标统计月份', 'Month'],
  'quality.summary': ['达标 {0} 个，已检查 {1} 个，共 {2} 个小区（{3} 至 {4}）；未检查的为“未知”', '{0} standard, {1} inspected, {2} communities ({3} to {4}); not inspected is “unknown”'],
  'quality.status': ['达标状态', 'Status'], 'quality.standard': ['达标', 'standard'], 'quality.notStandard': ['未达标', 'not standard'],
  'quality.unknown': ['未知（未检查）', 'unknown (not inspected)'], 'quality.inspections': ['检查次数', 'Inspections'],
  'quality.lastScore': ['最近得分', 'Last score'], 'quality.contamination': ['拒收与拒运', 'Refusals and rejections'],
  'quality.refusalsN': ['拒运 {0} 次', '{0} refusal(s)'], 'quality.repeatsN': ['重复 {0} 次', '{0} repeated'],
  'quality.rejectionsN': ['拒收 {0} 次（{1} 千克）', '{0} rejection(s) ({1} kg)'],
  'quality.showInspections': ['查看 {1} 的 {0} 次检查', 'Show the {0} inspection(s) of {1}'],
  'quality.latestOf': ['显示最新的 {0} 次，共 {1} 次', 'The latest {0} of {1} shown'],
  'quality.inspectionsOf': ['{0} 的检查（{1} 至 {2}），最新的决定达标状态', 'Inspections of {0} ({1} to {2}); the latest decides the status'],
  'quality.closeInspections': ['收起检查记录', 'Close the inspections'], 'quality.inspectedAt': ['检查时间', 'Inspected at'],
  'quality.inspector': ['检查人', 'Inspector'], 'quality.rubric': ['评分标准', 'Rubric'], 'quality.score': ['得分 / 及格分', 'Score / pass score'],
  'quality.result': ['结果', 'Result'], 'quality.comment': ['检查意见', 'Comment'], 'quality.photos': ['照片', 'Photos'],
  'quality.passed': ['合格', 'passed'], 'quality.failed': ['不合格', 'failed'], 'quality.vetoes': ['否决项：{0}', 'vetoed: {0}'],
  'quality.photoN': ['检查照片 {0}', 'Inspection photo {0}'], 'quality.photoMissing': ['照片 {0} 无法显示', 'Photo {0} cannot be shown'],
  'standard.PASSED': ['检查合格', 'passed'], 'standard.BELOW_PASS_SCORE': ['低于及格分', 'below the pass score'],
  'standard.VETO': ['有否决项', 'vetoed'], 'standard.OVERDUE_RECTIFICATION': ['整改逾期', 'rectification overdue'],
  'standard.NOT_INSPECTED': ['本期未检查', 'not inspected in the period'],
  'quality.rectifications': ['整改', 'Rectifications'], 'quality.noRectifications': ['没有未完成的整改', 'No open rectification'],
  'quality.rectSummary': ['{0} 项整改待完成或待复查，其中逾期 {1} 项', '{0} rectification(s) open or awaiting re-inspection, {1} overdue'],
  'quality.overdue': ['逾期', 'overdue'], 'rect.OPEN': ['待整改', 'open'], 'rect.COMPLETED': ['已整改，待复查', 'done, awaiting re-inspection'],
  'rect.CLOSED': ['已关闭', 'closed'],
  'quality.rectDates': ['{0} 开具，{1} 前完成（检查 #{2}）', 'opened {0}, due {1} (inspection #{2})'],
  'quality.completedBy': ['{0} 于 {1} 记录整改：{2}', 'recorded by {0} on {1}: {2}'],
  'quality.completionComment': ['整改情况说明', 'What the community did'], 'quality.completionPhotos': ['整改照片', 'Photos of the rectification'],
  'quality.complete': ['记录整改完成', 'Record the rectification'], 'quality.commentNeeded': ['请填写整改情况说明', 'Say what the community did'],
  'quality.completed': ['{0} 的整改已记录，等待复查', 'Rectification {0} recorded: awaiting re-inspection'],
  'quality.refusals': ['不合格不收运（未关闭的通知）', 'Kitchen waste refused at pickup (open notices)'],
  'quality.noRefusals': ['没有未关闭的拒运通知', 'No open refusal notice'],
  'quality.refusalSummary': ['{0} 份通知未关闭，其中重复拒运 {1} 份', '{0} open notice(s), {1} repeated'],
  'quality.refusedAt': ['拒运时间', 'Refused at'], 'quality.repeated': ['重复', 'repeated'], 'quality.firstNotice': ['首次', 'first'],
  // ---- the hauler's refusals
  'refusal.title': ['不合格不收运', 'Refuse a contaminated bin'],
  'refusal.help': ['厨余垃圾目测不合格时拒运：投放点将收到整改通知（默认 3 天），下次合格收运即关闭', 'Refuse kitchen waste that fails the visual check: the point gets a notice (3 days by default), closed by the next clean pickup'],
  'refusal.point': ['投放点', 'Point'], 'refusal.reason': ['拒运原因', 'Why it is refused'], 'refusal.photo': ['拍照', 'Photos'],
  'refusal.submit': ['登记拒运', 'Record the refusal'], 'refusal.reasonNeeded': ['请填写拒运原因', 'Say why it is refused'],
  'refusal.recorded': ['已登记拒运：{0}，整改期限 {1}', 'Refusal recorded at {0}: to be corrected by {1}'],
  'refusal.recordedRepeat': ['已登记拒运：{0}（重复拒运），整改期限 {1}', 'Refusal recorded at {0} (a repeat): to be corrected by {1}'],
  'refusal.notSent': ['没有收到服务器的答复：再按一次“登记拒运”会重新发送同一记录（不会重复登记）', 'No answer from the server: press “Record the refusal” again to send the same record (it is stored once)'],
  'refusal.mine': ['我的拒运记录', 'My refusals'], 'refusal.none': ['还没有拒运记录', 'No refusal yet'],
  'refusal.OPEN': ['通知未关闭', 'notice open'], 'refusal.CLOSED': ['已关闭', 'closed'],
  'refusal.due': ['整改期限 {0}', 'to be corrected by {0}'], 'refusal.closedBy': ['已由联单 {0} 关闭', 'closed by manifest {0}'],
  // ---- the plant's rejection of a delivered load
  'reject.legend': ['拒收（部分或整车）', 'Rejection (part or whole load)'],
  'reject.help': ['不拒收则留空。拒收部分计入去向设施的其他垃圾，其余计入厨余垃圾', 'Leave empty to accept the whole load. The rejected part is received as residual waste where it goes, the rest as kitchen waste'],
  'reject.kg': ['拒收重量（千克）', 'Rejected (kg)'], 'reject.all': ['整车拒收', 'Reject the whole load'],
  'reject.reason': ['拒收原因', 'Why it is rejected'], 'reject.to': ['拒收部分去向（焚烧厂或填埋场）', 'Where the rejected part goes (incineration or landfill)'],
  'reject.pickTo': ['— 选择焚烧厂或填埋场 —', '— pick an incineration plant or landfill —'],
  'reject.kgMissing': ['请填写拒收重量', 'Enter the rejected weight'], 'reject.tooMuch': ['拒收重量不能超过地磅重量', 'The rejected weight cannot exceed the weighbridge weight'],
  'reject.reasonMissing': ['请填写拒收原因', 'Say why it is rejected'], 'reject.toMissing': ['请选择拒收部分的去向', 'Pick where the rejected part goes'],
  'reject.result': ['接收 {0}，拒收 {1} 送往 {2}（{3}）', 'Accepted {0}; {1} rejected to {2} ({3})'], 'reject.noneResult': ['全部接收：{0}', 'All accepted: {0}'],
  'kind.INCINERATION_PLANT': ['焚烧厂', 'incineration'], 'kind.LANDFILL': ['填埋场', 'landfill'],
  // ---- the bureau's 达标 counts
  'standard.title': ['达标小区', 'Standard communities'],
  'standard.progress': ['全市达标小区 {0} 个，目标 {1} 个（完成 {2}）', '{0} standard communities in the city against the target of {1} ({2} of it)'],
  'standard.city': ['全市：达标 {0}，已检查 {1}，小区 {2}，达标率 {3}', 'City: {0} standard, {1} inspected, {2} communities, rate {3}'],
  'standard.count': ['达标', 'Standard'], 'standard.inspected': ['已检查', 'Inspected'], 'standard.communities': ['小区', 'Communities'],
  'standard.rate': ['达标率', 'Rate'],
  // ---- charges and compensation (issue 19): the district page
  'charges.title': ['垃圾处理收费（计量收费、分类计价）', 'Waste charges (metered, priced by category)'],
  'charges.total': ['合计', 'Total'], 'charges.residential': ['居民（小区）', 'Residential (communities)'],
  'charges.nonResidential': ['非居民（餐饮等产生单位）', 'Non-residential (restaurants and canteens)'],
  'charges.live': ['按当前记录计算（月报未锁定）', 'computed from the records now (the return is not locked)'],
  'charges.frozen': ['已冻结，第 {0} 版', 'frozen, version {0}'],
  'charges.frozenHelp': ['月报锁定时冻结：其后的记录、价格变化不影响本版', 'Frozen when the return was locked: later records and tariffs do not change it'],
  'charges.export': ['收费明细 CSV', 'Statements CSV'], 'charges.exportXlsx': ['收费明细 XLSX', 'Statements XLSX'], 'charges.none': ['本月没有收费', 'No charge this month'],
  'charges.communities': ['小区收费明细', 'Communities’ statements'], 'charges.producers': ['产生单位收费明细', 'Producers’ statements'],
  'charges.noCommunities': ['没有小区', 'No community'], 'charges.noProducers': ['本区县没有登记的产生单位', 'No producer is registered in this district'],
  'charges.page': ['第 {0}–{1} 个，共 {2} 个', '{0}–{1} of {2}'],
  'charges.households': ['{0} 户', '{0} households'], 'charges.statementTotal': ['应缴 {0}', 'due {0}'],
  'col.tariff': ['收费标准', 'Tariff'], 'col.tier': ['档次', 'Tier'], 'col.kg': ['计费量', 'Charged'],
  'col.price': ['单价', 'Price'], 'col.amount': ['金额', 'Amount'], 'col.quota': ['月定额', 'Monthly quota'],
  'col.producer': ['产生单位', 'Producer'], 'col.total': ['合计', 'Total'], 'col.weighed': ['称重合计', 'Weighed'],
  'tier.0': ['定额内（基本价）', 'base (within the quota)'], 'tier.n': ['超定额第 {0} 档', 'tier {0} above the quota'],
  'tier.none': ['无适用标准', 'no tariff'],
  'charges.perTonne': ['{0} 元/吨', '¥{0}/t'], 'charges.perHousehold': ['{0} 元/户·月', '¥{0}/household-month'],
  'charges.householdDays': ['{0} 户 × {1} 天', '{0} households × {1} days'],
  'charges.aboveQuota': ['超定额', 'above quota'], 'charges.withinQuota': ['定额内', 'within quota'],
  'charges.open': ['查看账单', 'Statement'], 'charges.openOf': ['查看账单：{0}', 'Statement: {0}'],
  'charges.statementOf': ['{0} 的账单（{1}）', 'Statement of {0} ({1})'],
  'charges.pickups': ['计费的收运记录（称重）', 'The weighed pickups it charges'],
  'charges.noPickups': ['本月没有收运记录', 'No pickup this month'],
  'charges.pickupsPage': ['第 {0}–{1} 条，共 {2} 条（合计 {3}）', '{0}–{1} of {2} (all of them {3})'],
  'col.manifest': ['联单号', 'Manifest'], 'col.pickedUpAt': ['收运时间', 'Picked up'],
  'charges.close': ['关闭账单', 'Close the statement'],
  'comp.title': ['跨区处理环境补偿', 'Cross-district compensation'],
  'comp.owed': ['应付', 'Owed'], 'comp.received': ['应收', 'Received'], 'comp.net': ['净额（应收 − 应付）', 'Net (received − owed)'],
  'comp.none': ['本月本区县没有跨区补偿', 'No cross-district compensation for this district this month'],
  'comp.payer': ['付款区县', 'Paying district'], 'comp.host': ['接收区县（设施所在地）', 'Host district (the plant’s)'],
  'comp.weight': ['计入量', 'Attributed'], 'comp.rate': ['补偿标准', 'Rate'], 'comp.direction': ['本区县', 'This district'],
  'comp.pays': ['支付', 'pays'], 'comp.receives': ['收取', 'receives'],
  'comp.records': ['明细记录', 'Records'], 'comp.recordsOf': ['明细记录：{0}', 'Records: {0}'],
  'comp.recordsTitle': ['{0} → {1}，{2}：指标明细中的进场记录', '{0} → {1}, {2}: the receipts in the indicators’ drill-down'],
  'comp.recordsSum': ['{0} 条记录，计入合计 {1}（补偿行 {2}）', '{0} records, counted {1} in all (the line: {2})'],
  'col.record': ['记录', 'Record'], 'record.RECEIPT': ['进场', 'receipt'], 'record.TREATMENT': ['处理记录', 'treatment'],
  'comp.frozenLine': ['已冻结，第 {0} 版', 'frozen, version {0}'],
  // ---- carbon (issue 19): the bureau's pages
  'carbon.title': ['碳减排量（相对填埋基准）', 'Emissions avoided (against a landfill baseline)'],
  'carbon.total': ['本月避免排放 {0}', '{0} avoided this month'], 'carbon.unit': ['{0} 吨 CO₂e', '{0} t CO₂e'],
  'carbon.set': ['因子集：{0}', 'Factor set: {0}'], 'carbon.source': ['来源：{0}', 'Source: {0}'],
  'carbon.none': ['本期没有适用的碳排放因子集', 'No carbon factor set covers this period'],
  'carbon.route': ['途径', 'Route'], 'carbon.mass': ['处理量', 'Tonnes'], 'carbon.avoided': ['避免排放', 'Avoided'],
  'route.RECYCLING': ['回收利用', 'Recycling'], 'route.INCINERATION': ['焚烧发电', 'Incineration with energy recovery'],
  'route.KITCHEN_TREATMENT': ['厨余垃圾处理', 'Kitchen-waste treatment'], 'route.LANDFILL': ['填埋（基准，无减排）', 'Landfill (the baseline: none avoided)'],
  'carbon.byDistrict': ['各区县碳减排量', 'Avoided emissions by district'],
  'carbon.method': ['方法：基准排放减去项目排放（每吨：填埋因子 − 途径因子）', 'Method: baseline minus project (a tonne: the landfill factor less its route’s)'],
  'dl.carbon': ['碳减排项目', 'Carbon projects'], 'carbon.series': ['碳减排量（吨 CO₂e）', 'Avoided (t CO₂e)'],
  'carbon.review': ['避免排放 {0}（因子集 {1}）', 'Avoided {0} (factor set {1})'],
  'error.network': ['网络不通，请稍后再试', 'No network: try again in a moment'],
  'error.fields': ['请检查以下内容：', 'Please check:'],
  'error.unknown': ['操作失败', 'Something went wrong'], 'common.loading': ['加载中…', 'Loading…'],
};

export function lang() {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
}

export function setLang(l) {
  localStorage.setItem(KEY, l === 'en' ? 'en' : 'zh');
}

export function t(key, ...args) {
  const entry = TEXT[key];
  let s = entry ? entry[lang() === 'en' ? 1 : 0] : key;
  args.forEach((a, i) => { s = s.replace('{' + i + '}', a); });
  return s;
}

const locale = () => (lang() === 'en' ? 'en-GB' : 'zh-CN');

export function num(v, digits = 1) {
  if (v === null || v === undefined) return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(Number(v));
}

/** A mass given in kilograms, shown in tonnes with the unit (吨 / t). */
export function tonnes(kg, digits = 1) {
  return kg === null || kg === undefined ? '—' : t('unit.t', num(Number(kg) / 1000, digits));
}

/** A district by its name in the page's language (the directory has both). */
export function districtName(d) {
  return d ? (lang() === 'en' ? d.nameEn : d.nameZh) : '';
}

/**
 * A facility by its code and its name. The registry keeps one name, the Chinese one, with no English
 * form; the code comes first so that an English reader has the facility's Latin identifier (docs/pages.md).
 */
export function facilityName(f) {
  return f ? `${f.code} ${f.name}` : '';
}

/** An amount in yuan, always to the fen: "1,234.56 元" in Chinese, "¥1,234.56" in English. */
export function yuan(v) {
  if (v === null || v === undefined) return '—';
  const n = new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(v));
  return lang() === 'en' ? (n.startsWith('-') ? '-¥' + n.slice(1) : '¥' + n) : n + ' 元';
}

/** Tonnes of CO₂e to the kilogram (three decimals, as the API gives them), with the unit. */
export function tco2e(v) {
  if (v === null || v === undefined) return '—';
  return t('carbon.unit', new Intl.NumberFormat(locale(), { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(Number(v)));
}

export function pct(v) {
  return v === null || v === undefined ? '—' : num(v, 2) + ' %';
}

export function date(iso) {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00+08:00' : iso);
  return new Intl.DateTimeFormat(locale(), { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

export function time(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** Fills every element with data-i18n and sets the document language. */
export function applyTexts(root = document) {
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
}

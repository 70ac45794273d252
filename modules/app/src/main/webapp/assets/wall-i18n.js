// The wall screen's texts in Chinese and English; anything not here falls back to the shared dictionary (i18n.js).
import { lang, t as shared } from './i18n.js';

const TEXT = {
  'wall.title': ['成都市生活垃圾分类监管大屏', 'Chengdu household waste · wall screen'],
  'wall.updated': ['更新于', 'Updated'], 'wall.dashboard': ['详细看板', 'Detailed dashboard'], 'wall.lang': ['English', '中文'],
  'wall.period': ['指标期间 {0} 至 {1}', 'Indicators {0} to {1}'],
  'wall.rates': ['四项指标与目标', 'The four rates against their targets'],
  'wall.map': ['各区（市）县分类覆盖率 · 投放点状态 · 设施负荷', 'Coverage by district · points by status · facilities by load'],
  'wall.ranking': ['区（市）县排名（资源化利用率）', 'District ranking (resource utilisation)'],
  'wall.today': ['今日称重', 'Weighed today'], 'wall.flow': ['本月流向：清运 → 中转 → 处置（吨）', 'This month: collection → transfer → disposal (t)'],
  'wall.alerts': ['预警与待办', 'Alerts'],
  'wall.target': ['目标 {0}', 'target {0}'], 'wall.met': ['达标 +{0}', 'met +{0}'], 'wall.gap': ['差 {0} 个百分点', '{0} points short'],
  'wall.carbon': ['碳减排（相对填埋）', 'Emissions avoided (against landfill)'], 'wall.tco2e': ['{0} 吨 CO₂e', '{0} t CO₂e'],
  'wall.nodata': ['无数据', 'no data'], 'wall.t': ['{0} 吨', '{0} t'], 'wall.weighings': ['{0} 次称重', '{0} weighings'],
  'wall.col.rank': ['名次', '#'], 'wall.col.district': ['区（市）县', 'District'], 'wall.col.resource': ['资源化', 'Resource'],
  'wall.col.recovery': ['回收利用', 'Recovery'], 'wall.col.coverage': ['覆盖率', 'Coverage'],
  'wall.alert.capacity': ['设施超负荷', 'Over capacity'], 'wall.alert.overdue': ['联单超时未交付', 'Overdue manifests'],
  'wall.alert.late': ['月报逾期未报', 'Late returns'], 'wall.alert.open': ['未确认预警', 'Open warnings'],
  'wall.late': ['{0} {1} 月报逾期（应于 {2} 前报送）', '{0}: return {1} late (due {2})'],
  'wall.overdue': ['联单 {0} 超时（{1}，{2} 收运）', 'Manifest {0} overdue ({1}, picked up {2})'],
  'wall.none': ['当前没有预警', 'Nothing needs attention'], 'wall.more': ['……另有 {0} 份逾期月报', '… and {0} more late returns'],
  'wall.kind.POINT_DAY_UNUSUAL': ['称重异常', 'Unusual day'], 'wall.kind.FACILITY_OVER_CAPACITY': ['超负荷', 'Over capacity'],
  'wall.kind.MANIFEST_DISCREPANCY': ['联单差异', 'Manifest discrepancy'], 'wall.kind.RECTIFICATION_OVERDUE': ['整改逾期', 'Rectification overdue'],
  'wall.coverage': ['覆盖率', 'Coverage'], 'wall.points': ['投放点', 'Points'], 'wall.facilities': ['处置设施（按负荷）', 'Facilities (by load)'],
  'wall.load': ['负荷 {0}', 'load {0}'],
  'wall.node.POINT': ['投放点/回收网点', 'Points and outlets'], 'wall.node.DISTRICT': ['区县清运', 'District collection'],
  'wall.node.PRODUCER': ['餐饮单位', 'Restaurants and canteens'], 'wall.node.SORTING_CENTRE': ['分拣中心（中转）', 'Sorting centres (transfer)'],
  'wall.node.RECYCLING_PROCESSOR': ['再生利用企业', 'Recycling processors'], 'wall.node.KITCHEN_WASTE_PLANT': ['餐厨/厨余处理厂', 'Kitchen-waste plants'],
  'wall.node.INCINERATION_PLANT': ['焚烧发电厂', 'Incineration plants'], 'wall.node.LANDFILL': ['填埋场', 'Landfill'],
  'wall.node.HAZARDOUS_WASTE_FACILITY': ['危险废物处置', 'Hazardous-waste facility'],
};

export function t(key, ...args) {
  const entry = TEXT[key];
  if (!entry) return shared(key, ...args);
  let s = entry[lang() === 'en' ? 1 : 0];
  args.forEach((a, i) => { s = s.replace('{' + i + '}', a); });
  return s;
}

/** Fills every element marked data-wall-i18n (and its aria-label from data-wall-i18n-label); sets the document language. */
export function applyTexts(root = document) {
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  root.querySelectorAll('[data-wall-i18n]').forEach(el => { el.textContent = t(el.dataset.wallI18n); });
  root.querySelectorAll('[data-wall-i18n-label]').forEach(el => el.setAttribute('aria-label', t(el.dataset.wallI18nLabel)));
  document.title = 'WasteNet · ' + t('wall.title');
}

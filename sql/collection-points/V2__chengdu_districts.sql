-- Reference data: Chengdu's 20 county-level divisions (GB/T 2260 codes) and the three functional
-- zones the city reports like districts ("23 区（市）县"). GB/T 2260 has no codes for functional
-- zones; WasteNet gives them 510191-510193, a range the standard leaves unused in Chengdu.
-- central_city marks the "12+2" central city: the 12 districts plus 天府新区 and 高新区.
insert into points.district (code, name_zh, name_en, kind, central_city, created_at, created_by) values
 ('510104', '锦江区', 'Jinjiang', 'DISTRICT', true, current_timestamp, 'migration'),
 ('510105', '青羊区', 'Qingyang', 'DISTRICT', true, current_timestamp, 'migration'),
 ('510106', '金牛区', 'Jinniu', 'DISTRICT', true, current_timestamp, 'migration'),
 ('510107', '武侯区', 'Wuhou', 'DISTRICT', true, current_timestamp, 'migration'),
 ('510108', '成华区', 'Chenghua', 'DISTRICT', true, current_timestamp, 'migration'),
 ('510112', '龙泉驿区', 'Longquanyi', 'DISTRICT', true, current_timestamp, 'migration'),
 ('510113', '青白江区', 'Qingbaijiang', 'DISTRICT', true, current_timestamp, 'migration'),
 ('510114', '新都区', 'Xindu', 'DISTRICT', true, current_timestamp, 'migration'),
 ('510115', '温江区', 'Wenjiang', 'DISTRICT', true, current_timestamp, 'migration'),
 ('510116', '双流区', 'Shuangliu', 'DISTRICT', true, current_timestamp, 'migration'),
 ('510117', '郫都区', 'Pidu', 'DISTRICT', true, current_timestamp, 'migration'),
 ('510118', '新津区', 'Xinjin', 'DISTRICT', true, current_timestamp, 'migration'),
 ('510121', '金堂县', 'Jintang County', 'COUNTY', false, current_timestamp, 'migration'),
 ('510129', '大邑县', 'Dayi County', 'COUNTY', false, current_timestamp, 'migration'),
 ('510131', '蒲江县', 'Pujiang County', 'COUNTY', false, current_timestamp, 'migration'),
 ('510181', '都江堰市', 'Dujiangyan', 'COUNTY_CITY', false, current_timestamp, 'migration'),
 ('510182', '彭州市', 'Pengzhou', 'COUNTY_CITY', false, current_timestamp, 'migration'),
 ('510183', '邛崃市', 'Qionglai', 'COUNTY_CITY', false, current_timestamp, 'migration'),
 ('510184', '崇州市', 'Chongzhou', 'COUNTY_CITY', false, current_timestamp, 'migration'),
 ('510185', '简阳市', 'Jianyang', 'COUNTY_CITY', false, current_timestamp, 'migration'),
 ('510191', '成都高新区', 'Chengdu Hi-tech Zone', 'FUNCTIONAL_ZONE', true, current_timestamp, 'migration'),
 ('510192', '四川天府新区成都直管区', 'Tianfu New Area', 'FUNCTIONAL_ZONE', true, current_timestamp, 'migration'),
 ('510193', '成都东部新区', 'Eastern New Area', 'FUNCTIONAL_ZONE', false, current_timestamp, 'migration');

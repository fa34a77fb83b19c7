// Domain vocabulary for fake but plausible open-licence declarations, keyed by the rules catalog's
// industry and region codes. Everything here is data; the generator in ./patents.ts composes it.

import type { CitySlug as RegionCode, SectorKey as IndustryCode } from './sectors'

export interface IndustryVocab {
  /** Products/materials claimed with "及其制备方法" or "的制备方法" (may be empty). */
  materials: string[]
  /** What the invention is for ("用于…的"). */
  applications: string[]
  /** Things a method estimates, detects or controls ("…方法"). */
  tasks: string[]
  /** Systems and apparatus claimed by inventions. */
  systems: string[]
  /** Structures claimed by utility models (实用新型 protects shape/structure, never methods). */
  devices: string[]
  /** Product names of design patents (外观设计). */
  products: string[]
  /** Process steps (in the order they happen) for abstracts of preparation methods. */
  steps: string[]
  /** Beneficial effects ("有益效果"). */
  effects: string[]
  /** IPC main groups for inventions and utility models. */
  ipc: string[]
  /** Locarno classes (洛迦诺分类, 15th ed.) for designs. */
  locarno: string[]
  /** Business-name word for fake companies, e.g. 新能源科技. */
  companyWord: string
}

/** Techniques used in "一种基于…的…" titles, shared by all industries. */
export const TECHS = [
  '深度学习',
  '机器视觉',
  '卷积神经网络',
  '数字孪生',
  '物联网',
  '边缘计算',
  '改进YOLOv5',
  '注意力机制',
  '模型预测控制',
  '卡尔曼滤波',
  '强化学习',
  '多传感器融合',
  '知识图谱',
  '区块链',
  '红外热成像',
  '高光谱成像',
]

export const INDUSTRY_VOCAB: Record<IndustryCode, IndustryVocab> = {
  new_energy: {
    materials: ['复合正极材料', '硅碳负极材料', '固态电解质', '钠离子电池正极材料', '磷酸锰铁锂材料', '钙钛矿光伏薄膜', '陶瓷涂覆隔膜', '高镍三元前驱体', '质子交换膜', '储氢合金'],
    applications: ['锂离子电池', '钠离子电池', '储能电站', '光伏组件', '氢燃料电池', '风力发电机组', '电动汽车', '微电网'],
    tasks: ['荷电状态估计', '健康状态评估', '热失控预警', '最大功率点跟踪', '功率优化调度', '故障诊断', '均衡控制', '寿命预测'],
    systems: ['电池管理系统', '储能变流器', '光伏逆变器', '直流快充系统', '风电变桨控制系统', '电池热管理系统', '光储充一体化系统'],
    devices: ['电池包散热装置', '光伏支架', '充电枪锁止机构', '储能柜消防装置', '电池模组固定结构', '光伏板清洁装置', '充电桩线缆收纳装置', '电芯极耳焊接夹具'],
    products: ['便携式储能电源', '充电桩', '电池包外壳', '光伏接线盒', '户外电源', '换电柜', '家用储能柜'],
    steps: ['原料配比混合', '球磨混料', '前驱体共沉淀', '喷雾干燥', '高温固相烧结', '表面包覆改性', '洗涤烘干'],
    effects: ['循环寿命显著延长', '倍率性能优异', '能量密度提高', '热稳定性好', '估计误差小于2%', '发电效率提高', '成本低廉'],
    ipc: ['H01M 4/525', 'H01M 4/36', 'H01M 10/0525', 'H01M 10/42', 'H01M 10/613', 'H02J 3/32', 'H02J 7/00', 'H02S 40/38', 'H01L 31/18', 'B60L 53/16'],
    locarno: ['13-02', '13-03', '13-99'],
    companyWord: '新能源科技',
  },
  new_materials: {
    materials: ['石墨烯复合材料', '高强韧铝合金', '碳纤维增强复合材料', '可降解聚乳酸材料', '耐高温陶瓷涂层', '纳米二氧化钛光催化材料', '高熵合金', '气凝胶隔热材料', '稀土永磁材料', '导热硅胶垫片'],
    applications: ['航空航天结构件', '汽车轻量化', '电子封装', '建筑节能', '海洋防腐', '柔性显示', '高温隔热', '5G基站散热'],
    tasks: ['微观组织调控', '缺陷无损检测', '性能预测', '热处理工艺优化', '界面结合强度测试'],
    systems: ['连续化制备系统', '真空熔炼装置', '薄膜沉积设备', '材料性能测试平台'],
    devices: ['模具冷却装置', '复合材料热压成型装置', '粉末筛分装置', '涂层喷涂夹具', '拉伸试样固定装置', '熔体除气装置'],
    products: ['铝合金型材', '装饰板', '复合地板', '隔热板', '陶瓷砖'],
    steps: ['原料配比', '熔炼浇铸', '溶胶凝胶', '均匀化退火', '热挤压成型', '化学气相沉积', '真空热压烧结', '表面改性', '冷冻干燥'],
    effects: ['抗拉强度提高30%以上', '耐腐蚀性能优异', '导热系数高', '工艺简单', '原料来源广泛', '绿色环保'],
    ipc: ['C22C 21/00', 'C22F 1/04', 'C08L 67/04', 'C08K 3/04', 'C04B 35/622', 'C23C 14/35', 'B22F 3/10', 'C01B 32/184', 'H01F 1/057'],
    locarno: ['25-01', '25-02', '06-99'],
    companyWord: '新材料',
  },
  biomedicine: {
    materials: ['中药复方制剂', '抗肿瘤化合物', '缓释微球', '水凝胶敷料', '单克隆抗体', '益生菌制剂', '纳米载药体系', '骨修复支架', 'mRNA递送载体', '抗菌肽'],
    applications: ['糖尿病足创面修复', '肝癌靶向治疗', '骨质疏松治疗', '术后镇痛', '阿尔茨海默病早期诊断', '慢性肾病', '心肌缺血', '口腔溃疡'],
    tasks: ['病理图像分割', '药物筛选', '生物标志物检测', '用药风险预警', '心电信号分类', '病灶定位'],
    systems: ['智能输液监护系统', '康复训练机器人', '远程心电监测系统', '医学影像辅助诊断系统', '手术导航系统'],
    devices: ['医用输液架', '中药熏蒸理疗装置', '骨科术后固定支具', '采血管离心装置', '护理床防褥疮垫', '雾化吸入装置', '医用换药车', '牙科吸唾器'],
    products: ['医用监护仪', '雾化器', '康复训练器', '药品包装盒', '血糖仪'],
    steps: ['构建表达载体', '细胞培养', '提取纯化', '分子对接筛选', '高效液相色谱检测', '冷冻干燥制剂', '动物实验验证'],
    effects: ['生物相容性好', '毒副作用小', '疗效显著', '检测灵敏度高', '制备工艺稳定', '患者依从性好'],
    ipc: ['A61K 36/00', 'A61K 9/16', 'A61K 31/4709', 'A61P 35/00', 'A61L 15/60', 'C12N 1/20', 'C07K 16/28', 'A61B 5/00', 'A61H 33/06', 'A61M 5/14'],
    locarno: ['24-01', '24-02', '24-04', '09-03'],
    companyWord: '生物医药科技',
  },
  advanced_manufacturing: {
    materials: ['耐磨合金刀具', '高精度齿轮', '激光熔覆涂层', '3D打印金属构件'],
    applications: ['摩托车零部件', '数控机床', '工业机器人', '轨道交通', '船舶制造', '精密注塑', '汽车焊装生产线', '五金卫浴'],
    tasks: ['表面缺陷检测', '刀具磨损监测', '轨迹规划', '振动抑制', '装配精度控制', '焊缝跟踪', '故障预测与健康管理'],
    systems: ['柔性装配生产线', '视觉引导抓取系统', '智能仓储物流系统', '数控机床热误差补偿系统', '协作机器人控制系统'],
    devices: ['工件翻转夹具', '自动上下料机构', '数控车床排屑装置', '机械手末端执行器', '焊接烟尘收集装置', '传送带纠偏装置', '冲压模具快换装置', '齿轮箱润滑装置'],
    products: ['工业机器人', '数控机床防护罩', '摩托车', '电动工具', '水龙头', 'AGV搬运车'],
    steps: ['毛坯锻造', '粗加工', '热处理', '激光熔覆', '精密磨削', '表面强化', '质量检测'],
    effects: ['检测准确率达到98%以上', '生产效率提高40%', '定位精度高', '结构紧凑', '降低人工成本', '运行稳定可靠'],
    ipc: ['B23K 26/34', 'B23Q 17/09', 'B25J 9/16', 'B25J 15/00', 'G05B 19/418', 'G01N 21/88', 'G06T 7/00', 'B21D 37/04', 'B62K 11/00'],
    locarno: ['15-09', '15-99', '12-11', '08-05', '23-01'],
    companyWord: '智能装备',
  },
  electronics: {
    materials: ['柔性电路板', '低温共烧陶瓷基板', '高频覆铜板', '氮化镓外延片', '导电银浆'],
    applications: ['5G通信', '毫米波雷达', '智能终端', '车载电子', 'LED照明', '功率半导体', '射频前端', '可穿戴设备'],
    tasks: ['信号去噪', '天线波束赋形', '电磁兼容测试', '芯片封装检测', '信道估计', '低功耗调度'],
    systems: ['射频收发系统', '北斗定位终端', '智能照明控制系统', '可见光通信系统', '电源管理芯片'],
    devices: ['PCB板分板装置', '电子元件编带装置', '散热器固定结构', '连接器防松脱结构', 'LED灯珠封装支架', '线束整理装置', '屏蔽罩'],
    products: ['路由器', '智能音箱', '蓝牙耳机', 'LED灯具', '智能手表', '充电器'],
    steps: ['基板清洗', '图形化刻蚀', '外延生长', '丝网印刷', '回流焊接', '老化测试'],
    effects: ['功耗降低25%', '抗干扰能力强', '集成度高', '散热性能好', '良品率提高', '信号传输稳定'],
    ipc: ['H05K 1/02', 'H05K 3/34', 'H01Q 1/38', 'H04B 7/06', 'H01L 23/367', 'H05B 45/10', 'H03F 3/19', 'G01S 13/93', 'H01R 13/639'],
    locarno: ['14-01', '14-02', '14-03', '26-05', '10-07'],
    companyWord: '电子科技',
  },
  energy_saving: {
    materials: ['脱硝催化剂', '污泥基生物炭', '复合絮凝剂', '光催化降解材料', '吸附树脂'],
    applications: ['工业废水处理', '烟气脱硫脱硝', '垃圾焚烧', '农村生活污水', '土壤修复', '余热回收', '餐厨垃圾资源化', '黑臭水体治理'],
    tasks: ['水质在线监测', '能耗优化', '排放预测', '曝气量控制', '泄漏检测'],
    systems: ['一体化污水处理设备', '余热回收系统', '智慧能源管理平台', 'VOCs治理系统', '固废分选系统'],
    devices: ['格栅除污装置', '除尘滤袋清灰装置', '污泥脱水装置', '雨水回收装置', '油烟净化装置', '垃圾分类投放箱', '换热管清洗装置'],
    products: ['空气净化器', '垃圾分类箱', '净水器', '节能灯罩'],
    steps: ['原料预处理', '浸渍负载', '高温热解', '活化改性', '洗涤干燥', '性能评价'],
    effects: ['COD去除率达90%以上', '能耗降低30%', '运行成本低', '占地面积小', '无二次污染'],
    ipc: ['C02F 9/14', 'C02F 3/30', 'B01D 53/86', 'B01J 23/22', 'F27D 17/00', 'B09B 3/00', 'B01D 46/71', 'F28G 9/00'],
    locarno: ['23-04', '23-01', '09-08'],
    companyWord: '环保科技',
  },
  agriculture: {
    materials: ['生物有机肥', '缓释肥料', '饲料添加剂', '植物源杀虫剂', '土壤调理剂'],
    applications: ['水稻种植', '柑橘种植', '生猪养殖', '水产养殖', '茶叶种植', '设施大棚', '中药材种植', '蔬菜育苗'],
    tasks: ['病虫害识别', '产量预测', '水肥一体化控制', '环境监测', '成熟度检测'],
    systems: ['智慧温室控制系统', '农田灌溉系统', '畜禽环境监控系统', '农产品溯源系统'],
    devices: ['植保无人机喷洒装置', '秸秆粉碎还田装置', '育苗盘播种装置', '鱼塘增氧装置', '果园采摘装置', '饲料投喂装置', '茶叶揉捻装置'],
    products: ['育苗盘', '喂食器', '采摘篮', '农用喷雾器'],
    steps: ['原料粉碎', '菌种发酵', '堆肥腐熟', '造粒烘干', '田间试验'],
    effects: ['增产15%以上', '减少化肥用量', '省工省时', '改善土壤结构', '成活率高'],
    ipc: ['A01G 9/14', 'A01G 25/02', 'A01K 61/10', 'A01K 5/02', 'C05G 3/00', 'A01N 65/00', 'A23K 10/30', 'A01D 46/30', 'B64D 1/18'],
    locarno: ['15-03', '30-02', '07-99'],
    companyWord: '农业科技',
  },
  ai_software: {
    // Software is claimed as methods and systems, never "prepared".
    materials: [],
    applications: ['输电线路巡检', '智慧城市', '金融风控', '智慧教育', '智能客服', '城市交通', '工业互联网', '政务服务'],
    tasks: ['缺陷检测', '目标跟踪', '异常检测', '文本分类', '行人重识别', '推荐排序', '语音识别', '流量预测'],
    systems: ['数据治理平台', '智能问答系统', '视频结构化分析系统', '隐私计算平台', '低代码开发平台'],
    devices: ['服务器机柜理线装置', '摄像头安装支架', '边缘计算盒散热结构', '智能门禁读卡装置', '自助终端防窥装置'],
    products: ['智能机器人', '自助服务终端', '显示屏的图形用户界面', '手机的图形用户界面'],
    steps: ['数据采集与预处理', '特征提取', '模型构建与训练', '在线推理'],
    effects: ['识别准确率高', '推理速度提升3倍', '泛化能力强', '资源占用少', '可解释性好'],
    ipc: ['G06F 16/35', 'G06F 18/24', 'G06N 3/08', 'G06N 3/045', 'G06T 7/00', 'G06V 20/52', 'G06Q 10/04', 'H04L 9/40', 'G10L 15/16'],
    locarno: ['14-04', '14-02', '20-02'],
    companyWord: '信息技术',
  },
  chemicals: {
    materials: ['水性聚氨酯涂料', '生物基增塑剂', '离子液体催化剂', '环保型阻燃剂', '高吸水树脂', '表面活性剂'],
    applications: ['精细化工', '涂料生产', '锂电池电解液', '日化用品', '油田开采', '皮革鞣制'],
    tasks: ['反应过程控制', '产品纯度检测', '泄漏风险评估', '结晶工艺优化'],
    systems: ['连续流微反应系统', '精馏分离系统', '危化品安全监控系统'],
    devices: ['反应釜搅拌装置', '化工管道防泄漏装置', '精馏塔塔板', '粉料投料装置', '废气冷凝回收装置'],
    products: ['化工桶', '包装瓶', '喷雾瓶'],
    steps: ['酯化反应', '聚合反应', '催化加氢', '萃取分离', '减压蒸馏', '重结晶提纯'],
    effects: ['收率达到95%以上', '副产物少', '反应条件温和', 'VOC排放低', '原子经济性高'],
    ipc: ['C09D 175/04', 'C07C 67/08', 'B01J 31/02', 'C08K 5/00', 'C08F 220/06', 'C11D 1/83', 'B01J 19/18', 'B01D 3/14'],
    locarno: ['09-01', '09-03'],
    companyWord: '化工',
  },
  food: {
    materials: ['浓香型白酒', '酱香型白酒', '窖泥功能菌', '复合调味料', '果蔬酵素', '功能性低聚糖', '植物蛋白饮料', '荔枝干'],
    applications: ['白酒酿造', '酱油酿造', '陈皮加工', '腊味制作', '茶饮料', '烘焙食品', '乳制品'],
    tasks: ['基酒品质检测', '发酵过程控制', '风味物质分析', '保质期预测', '异物检测'],
    systems: ['智能酿酒控制系统', '食品安全追溯系统', '冷链温度监控系统'],
    devices: ['酒糟翻晒装置', '蒸馏甑桶', '陈皮晾晒架', '食品真空包装装置', '窖池温度监测装置', '酒瓶灌装装置', '果蔬清洗装置'],
    products: ['白酒酒瓶', '酒盒', '陈皮包装罐', '月饼盒', '茶叶罐'],
    steps: ['原料筛选', '制曲', '固态发酵', '超声辅助提取', '蒸馏取酒', '陈酿勾调', '低温干燥', '杀菌灌装'],
    effects: ['口感醇厚', '出酒率提高', '风味物质含量提高', '保质期延长', '营养成分保留率高'],
    ipc: ['C12G 3/021', 'C12G 3/06', 'C12N 1/20', 'A23L 27/00', 'A23L 19/00', 'A23F 3/06', 'A23L 3/36', 'B65B 31/00'],
    locarno: ['09-01', '09-03', '07-01'],
    companyWord: '食品',
  },
}

/** Universities and institutes, optionally limited to the industries they are known for. */
export interface PatenteeSeed {
  name: string
  industries?: IndustryCode[]
}

export const REGION_PATENTEES: Record<RegionCode, PatenteeSeed[]> = {
  jiangmen: [
    { name: '五邑大学' },
    { name: '江门职业技术学院', industries: ['advanced_manufacturing', 'electronics', 'food', 'new_energy'] },
    { name: '广东省科学院江门产业技术研究院', industries: ['advanced_manufacturing', 'new_materials', 'new_energy'] },
  ],
  luzhou: [
    { name: '西南医科大学', industries: ['biomedicine', 'food', 'ai_software'] },
    { name: '四川轻化工大学', industries: ['food', 'chemicals', 'new_materials', 'advanced_manufacturing', 'energy_saving'] },
    { name: '四川化工职业技术学院', industries: ['chemicals', 'energy_saving', 'new_materials'] },
    { name: '泸州职业技术学院', industries: ['food', 'agriculture', 'advanced_manufacturing'] },
  ],
  chongqing: [
    { name: '重庆大学' },
    { name: '重庆邮电大学', industries: ['electronics', 'ai_software', 'new_energy'] },
    { name: '西南大学', industries: ['agriculture', 'food', 'biomedicine', 'new_materials'] },
    { name: '重庆理工大学' },
    { name: '重庆医科大学', industries: ['biomedicine'] },
    { name: '中国科学院重庆绿色智能技术研究院' },
  ],
  guangzhou: [
    { name: '华南理工大学' },
    { name: '广东工业大学' },
    { name: '中山大学', industries: ['biomedicine', 'ai_software', 'new_materials', 'energy_saving'] },
    { name: '华南农业大学', industries: ['agriculture', 'food', 'biomedicine'] },
    { name: '广东省科学院' },
  ],
  shenzhen: [
    { name: '深圳大学' },
    { name: '南方科技大学' },
    { name: '哈尔滨工业大学（深圳）' },
    { name: '中国科学院深圳先进技术研究院' },
  ],
  chengdu: [
    { name: '四川大学' },
    { name: '电子科技大学', industries: ['electronics', 'ai_software', 'new_energy', 'advanced_manufacturing'] },
    { name: '西南交通大学', industries: ['advanced_manufacturing', 'new_materials', 'electronics', 'ai_software'] },
    { name: '西南石油大学', industries: ['chemicals', 'energy_saving', 'new_materials', 'new_energy'] },
    { name: '成都中医药大学', industries: ['biomedicine', 'food', 'agriculture'] },
  ],
  wuhan: [
    { name: '华中科技大学' },
    { name: '武汉大学' },
    { name: '武汉理工大学', industries: ['new_materials', 'advanced_manufacturing', 'new_energy', 'energy_saving'] },
    { name: '华中农业大学', industries: ['agriculture', 'food', 'biomedicine'] },
  ],
  hangzhou: [
    { name: '浙江大学' },
    { name: '浙江工业大学' },
    { name: '杭州电子科技大学', industries: ['electronics', 'ai_software', 'advanced_manufacturing'] },
    { name: '之江实验室', industries: ['ai_software', 'electronics'] },
  ],
  suzhou: [
    { name: '苏州大学' },
    { name: '中国科学院苏州纳米技术与纳米仿生研究所', industries: ['new_materials', 'electronics', 'new_energy', 'biomedicine'] },
    { name: '苏州科技大学', industries: ['energy_saving', 'advanced_manufacturing', 'ai_software'] },
  ],
  xian: [
    { name: '西安交通大学' },
    { name: '西北工业大学', industries: ['advanced_manufacturing', 'new_materials', 'electronics', 'ai_software'] },
    { name: '西安电子科技大学', industries: ['electronics', 'ai_software'] },
    { name: '长安大学', industries: ['advanced_manufacturing', 'new_materials', 'energy_saving'] },
  ],
  hefei: [
    { name: '中国科学技术大学' },
    { name: '合肥工业大学' },
    { name: '安徽大学', industries: ['electronics', 'ai_software', 'new_materials', 'chemicals'] },
    { name: '中国科学院合肥物质科学研究院' },
  ],
  changsha: [
    { name: '中南大学' },
    { name: '湖南大学' },
    { name: '长沙理工大学', industries: ['new_energy', 'energy_saving', 'advanced_manufacturing'] },
    { name: '湖南农业大学', industries: ['agriculture', 'food', 'biomedicine'] },
  ],
}

/** How a city is written in a company name. */
export const REGION_COMPANY_PREFIX: Record<RegionCode, string> = {
  jiangmen: '江门市',
  luzhou: '泸州',
  chongqing: '重庆',
  guangzhou: '广州',
  shenzhen: '深圳市',
  chengdu: '成都',
  wuhan: '武汉',
  hangzhou: '杭州',
  suzhou: '苏州',
  xian: '西安',
  hefei: '合肥',
  changsha: '长沙',
}

/** Local IP offices that republish declarations (the rest come from the national platform). */
export const REGION_SOURCES: Record<RegionCode, string> = {
  jiangmen: '江门市市场监督管理局（知识产权局）',
  luzhou: '泸州市市场监督管理局（知识产权局）',
  chongqing: '重庆市知识产权局',
  guangzhou: '广东省知识产权局',
  shenzhen: '深圳市市场监督管理局（知识产权局）',
  chengdu: '四川省知识产权服务促进中心',
  wuhan: '湖北省知识产权局',
  hangzhou: '浙江省知识产权局',
  suzhou: '苏州市知识产权局',
  xian: '陕西省知识产权局',
  hefei: '安徽省知识产权局',
  changsha: '湖南省知识产权局',
}

export const NATIONAL_SOURCE = '国家知识产权局专利开放许可信息发布平台'

/** Relative weight of each region: the pilot cities carry most of the list. */
export const REGION_WEIGHTS: Record<RegionCode, number> = {
  jiangmen: 18,
  luzhou: 14,
  chongqing: 18,
  guangzhou: 7,
  shenzhen: 6,
  chengdu: 7,
  wuhan: 6,
  hangzhou: 6,
  suzhou: 5,
  xian: 5,
  hefei: 4,
  changsha: 4,
}

export const COMPANY_BRANDS = [
  '华创', '博能', '瑞丰', '恒信', '天成', '宏达', '科瑞', '星辰', '远航', '鼎新', '汇智', '金桥', '润泽', '嘉禾',
  '德润', '锐拓', '启明', '晟泰', '联拓', '中和', '永盛', '佳宏', '海纳', '亿通', '卓越', '新源', '万洋', '弘毅',
]

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'

export const GIVEN_CHARS =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚文辉鹏华红玉飞建国志宇浩晨欣佳思雨泽博睿子嘉俊毅琳婷倩颖瑶晓春海林峰斌彬凯亮鑫蕾一航天成德永'

export const UTILITY_ADJECTIVES = ['便携式', '可调节', '模块化', '自动化', '多功能', '防水型', '快拆式', '智能', '高效', '节能型']
export const UTILITY_PURPOSES = ['安装', '拆卸', '散热', '清洁', '调节高度', '检修', '运输', '定位']
export const UTILITY_PARTS = ['底座', '壳体', '支撑架', '固定板', '驱动电机', '传感器', '控制器', '散热风扇', '导轨', '把手', '复位弹簧', '密封圈', '升降杆', '转轴', '滑块', '连接座']
export const UTILITY_EFFECTS = ['操作方便', '安装拆卸便捷', '使用寿命长', '制造成本低', '运行稳定可靠', '占用空间小', '维护方便', '安全性高']
/** Steps of data/algorithm methods, in the order they happen. */
export const ALGO_STEPS = ['数据采集与预处理', '多源数据融合', '特征提取', '模型构建与训练', '在线推理', '阈值判定', '结果校验与输出']
export const UTILITY_JOINTS = ['螺栓', '卡扣', '铰链', '焊接', '滑轨', '磁吸结构']
export const DESIGN_POINTS = ['产品的形状', '产品的形状与图案的结合', '产品的形状与色彩的结合', '产品的图案']
export const DESIGN_VIEWS = ['立体图', '主视图', '使用状态参考图']

// Adds name_en to codes/divisions.csv (stdin to stdout) for ./dev _divisions: the place name romanised,
// the level's word translated (县 County, 自治州 Autonomous Prefecture, with its peoples), as a label only.
const { pinyin, customPinyin } = require("pinyin-pro");
// polyphones the library reads with their common sound, where a place name has the other: 都 is du
// (a capital) and 什 is shi in every place name; and a few names of their own
customPinyin({ 都: "du", 什: "shi", 洪洞: "hong tong", 乐清: "yue qing", 涡阳: "guo yang", 尉氏: "yu shi",
  大埔: "da bu", 大城: "da cheng", 筠连: "jun lian" });
const lines = require("fs").readFileSync(0, "utf8").split("\n");
const ETHNIC = { 壮: "Zhuang", 回: "Hui", 满: "Manchu", 维吾尔: "Uygur", 苗: "Miao", 彝: "Yi", 土家: "Tujia", 藏: "Tibetan",
  蒙古: "Mongol", 侗: "Dong", 布依: "Bouyei", 瑶: "Yao", 白: "Bai", 朝鲜: "Korean", 哈尼: "Hani", 黎: "Li", 哈萨克: "Kazak",
  傣: "Dai", 畲: "She", 傈僳: "Lisu", 东乡: "Dongxiang", 仡佬: "Gelao", 拉祜: "Lahu", 佤: "Va", 水: "Shui", 纳西: "Naxi",
  羌: "Qiang", 土: "Tu", 仫佬: "Mulao", 锡伯: "Xibe", 柯尔克孜: "Kirgiz", 景颇: "Jingpo", 达斡尔: "Daur", 撒拉: "Salar",
  布朗: "Blang", 毛南: "Maonan", 塔吉克: "Tajik", 普米: "Pumi", 阿昌: "Achang", 怒: "Nu", 鄂温克: "Ewenki", 京: "Gin",
  基诺: "Jino", 德昂: "De'ang", 保安: "Bonan", 俄罗斯: "Russian", 裕固: "Yugur", 乌孜别克: "Uzbek", 门巴: "Monba",
  鄂伦春: "Oroqen", 独龙: "Derung", 赫哲: "Hezhen", 高山: "Gaoshan", 珞巴: "Lhoba", 塔塔尔: "Tatar", 各: "Multi-ethnic" };
const WHOLE = { 市辖区: "City districts", 县: "Counties", 省直辖县级行政区划: "County-level divisions under the province",
  自治区直辖县级行政区划: "County-level divisions under the autonomous region",
  内蒙古自治区: "Inner Mongolia Autonomous Region", 陕西省: "Shaanxi Province", 西藏自治区: "Xizang Autonomous Region",
  香港特别行政区: "Hong Kong Special Administrative Region", 澳门特别行政区: "Macao Special Administrative Region",
  台湾省: "Taiwan Province", 蔚县: "Yu County", 单县: "Shan County", 浚县: "Xun County" };
// longest first
const SUFFIX = [["高新技术产业开发区", "High-tech Industrial Development Zone"], ["经济技术开发区", "Economic and Technological Development Zone"],
  ["经济开发区", "Economic Development Zone"], ["开发区", "Development Zone"], ["工业园区", "Industrial Park"], ["园区", "Park"],
  ["特别行政区", "Special Administrative Region"], ["自治区", "Autonomous Region"], ["自治州", "Autonomous Prefecture"],
  ["自治县", "Autonomous County"], ["自治旗", "Autonomous Banner"], ["新区", "New Area"], ["林区", "Forestry District"],
  ["特区", "Special District"], ["矿区", "Mining District"], ["地区", "Prefecture"], ["省", "Province"], ["区", "District"],
  ["县", "County"], ["旗", "Banner"], ["盟", "League"], ["市", "City"]];
const roman = (s) => {
  if (!s) return "";
  const syl = pinyin(s, { toneType: "none", type: "array", v: true }).map((x) => x.replace("v", "ü"));
  const word = syl.map((x, i) => (i > 0 && /^[aoe]/.test(x) ? "'" + x : x)).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
};
function english(name, level) {
  if (WHOLE[name]) return WHOLE[name];
  let [suffix, en] = SUFFIX.find(([s]) => name.endsWith(s) && name.length > s.length) || ["", ""];
  if (suffix === "市" && level === "PROVINCE") en = "Municipality";
  let base = name.slice(0, name.length - suffix.length);
  const groups = [];
  if (suffix.startsWith("自治")) {
    for (;;) {
      const withZu = base.endsWith("族");
      const b = withZu ? base.slice(0, -1) : base;
      const key = Object.keys(ETHNIC).filter((k) => b.endsWith(k) && (withZu || (groups.length === 0 && k.length > 1)))
        .sort((x, y) => y.length - x.length)[0];
      if (!key) break;
      groups.unshift(ETHNIC[key]);
      base = b.slice(0, b.length - key.length);
    }
  }
  const ethnic = groups.length > 2 ? groups.slice(0, -1).join(", ") + " and " + groups.at(-1) : groups.join(" and ");
  return [roman(base), ethnic, en].filter(Boolean).join(" ");
}
const out = [];
for (const line of lines) {
  if (!line || line.startsWith("#")) { out.push(line); continue; }
  const f = line.split(",");
  if (f[0] === "code") { out.push("code,name,level,name_en"); continue; }
  // three peoples or more are listed with commas: the field is then quoted, as CSV has it
  const en = english(f[1], f[2]);
  out.push([f[0], f[1], f[2], en.includes(",") ? `"${en}"` : en].join(","));
}
process.stdout.write(out.join("\n"));

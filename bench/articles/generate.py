#!/usr/bin/env python3
"""Synthetic mixed-language article corpus for the articles-service benchmark.

Writes JSON batches for POST /api/v1/articles/batch (200 articles each) and a query list. About 40 %
English, 35 % Simplified and 25 % Traditional Chinese; Markdown bodies of 1-3 KB with headings, lists
and now and then a benchmark table; model names that recur across scripts (通义千问 / 通義千問 / Qwen);
publication dates over 2024-2026. Deterministic for a given seed.
"""
import argparse
import json
import os
import random

MODELS = ["GPT-5.2", "Gemini 3 Pro", "Claude Opus 4.5", "Qwen3-Max", "GLM-4.6", "DeepSeek-V3.2", "Kimi K2",
          "Llama 4", "Mistral Large 3", "Grok 4", "MiniMax M2.5", "Gemma 4"]
BENCHMARKS = ["SWE-bench Verified", "GPQA Diamond", "AIME 2025", "ARC-AGI-2", "MMMU-Pro", "LiveBench", "HLE"]
EN_WORDS = ("model models training trained benchmark benchmarks reasoning inference latency pricing price open "
            "weights agent agents coding code developer developers release released launch launched context window "
            "tokens compute cluster chips data dataset evaluation evaluations score scores leaderboard lab labs startup "
            "funding round enterprise customers safety alignment research paper papers multimodal vision speech robot "
            "robots hardware memory tool tools workflow cloud api subscription users growth market share competition "
            "efficient efficiency sparse attention mixture experts distillation fine tuning quantization serving "
            "throughput accuracy hallucination retrieval search browser desktop mobile device regulation policy "
            "europe china america investment revenue profit loss quarter report analysts week today new faster cheaper "
            "larger smaller stronger weaker lead leads leading gap closes close").split()
# (Simplified, Traditional) pairs, so the same text exists in both scripts
ZH_WORDS = [("模型", "模型"), ("训练", "訓練"), ("推理", "推理"), ("开源", "開源"), ("发布", "發布"),
            ("评测", "評測"), ("基准", "基準"), ("代码", "程式碼"), ("编程", "編程"), ("开发者", "開發者"),
            ("价格", "價格"), ("算力", "算力"), ("芯片", "晶片"), ("数据", "數據"), ("智能体", "智能體"),
            ("多模态", "多模態"), ("视频", "影片"), ("图像", "圖像"), ("生成", "生成"), ("能力", "能力"),
            ("领先", "領先"), ("超越", "超越"), ("竞争", "競爭"), ("市场", "市場"), ("企业", "企業"),
            ("用户", "用戶"), ("产品", "產品"), ("战略", "戰略"), ("投资", "投資"), ("融资", "融資"),
            ("公司", "公司"), ("团队", "團隊"), ("研究", "研究"), ("论文", "論文"), ("安全", "安全"),
            ("对齐", "對齊"), ("上下文", "上下文"), ("窗口", "窗口"), ("成本", "成本"), ("效率", "效率"),
            ("稀疏", "稀疏"), ("注意力", "注意力"), ("蒸馏", "蒸餾"), ("微调", "微調"), ("部署", "部署"),
            ("云端", "雲端"), ("手机", "手機"), ("机器人", "機器人"), ("监管", "監管"), ("政策", "政策"),
            ("增长", "增長"), ("收入", "收入"), ("通义千问", "通義千問"), ("千问", "千問"), ("智谱", "智譜"),
            ("深度求索", "深度求索"), ("月之暗面", "月之暗面"), ("阿里巴巴", "阿里巴巴"), ("谷歌", "谷歌"),
            ("行业", "行業"), ("趋势", "趨勢"), ("观察", "觀察"), ("分析", "分析"), ("报告", "報告"),
            ("今天", "今天"), ("本周", "本週"), ("新版本", "新版本"), ("更新", "更新"), ("显示", "顯示"),
            ("表现", "表現"), ("强劲", "強勁"), ("明显", "明顯"), ("持续", "持續"), ("扩大", "擴大"),
            ("生态", "生態"), ("社区", "社群"), ("下载", "下載"), ("工具", "工具"), ("调用", "調用")]
CATEGORIES = {"en": ["Models", "Research", "Market", "Policy", "Hardware"],
              "zh-Hans": ["模型发布", "学术前沿", "行业资讯", "开发工具", "企业应用"],
              "zh-Hant": ["模型發布", "學術前沿", "行業資訊", "開發工具", "企業應用"]}
SOURCES = ["Frontier Daily", "AI Wire", "Model Watch", "前沿观察", "开发者周刊", "科技快讯", "AI觀察日記", "M觀點"]


def en_sentence(r):
    words = [r.choice(EN_WORDS) for _ in range(r.randint(8, 18))]
    if r.random() < 0.5:
        words.insert(r.randrange(len(words)), r.choice(MODELS))
    return " ".join(words).capitalize() + "."


def zh_sentence(r, script):
    parts = [r.choice(ZH_WORDS)[script] for _ in range(r.randint(6, 14))]
    if r.random() < 0.5:
        parts.insert(r.randrange(len(parts)), r.choice(MODELS))
    return "".join(parts) + "。"


def article(r, n):
    roll = r.random()
    lang = "en" if roll < 0.40 else "zh-Hans" if roll < 0.75 else "zh-Hant"
    script = 1 if lang == "zh-Hant" else 0
    sentence = (lambda: en_sentence(r)) if lang == "en" else (lambda: zh_sentence(r, script))
    model = r.choice(MODELS)
    title = (f"{model}: " + " ".join(r.choice(EN_WORDS) for _ in range(6)) if lang == "en"
             else model + "".join(r.choice(ZH_WORDS)[script] for _ in range(5)))
    paragraphs = [" ".join(sentence() for _ in range(r.randint(3, 6))) for _ in range(r.randint(3, 6))]
    body = [paragraphs[0], "", "## " + ("Key points" if lang == "en" else "要点"), ""]
    body += ["- " + sentence() for _ in range(r.randint(2, 4))]
    body += [""] + ["\n\n".join(paragraphs[1:])]
    if r.random() < 0.2:
        a, b = r.sample(MODELS, 2)
        body += ["", f"| Benchmark | {a} | {b} |", "| --- | --- | --- |"]
        body += [f"| {bm} | **{r.uniform(40, 95):.1f}%** | {r.uniform(30, 90):.1f}% |" for bm in r.sample(BENCHMARKS, 3)]
    year, month, day = r.choice([2024, 2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    return {
        "title": title,
        "url": f"https://bench.frontierwatch.example/{lang}/{n}?utm_source=bench",
        "source": r.choice(SOURCES),
        "publishedAt": f"{year}-{month:02d}-{day:02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00+08:00",
        "category": r.choice(CATEGORIES[lang]),
        "tags": r.sample([m.split()[0] for m in MODELS], 2),
        "body": "\n".join(body),
    }


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--articles", type=int, default=100_000)
    p.add_argument("--batch", type=int, default=200)
    p.add_argument("--seed", type=int, default=20251010)
    args = p.parse_args()
    r = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    for start in range(0, args.articles, args.batch):
        batch = [article(r, n) for n in range(start, min(start + args.batch, args.articles))]
        with open(os.path.join(args.out, f"batch-{start // args.batch:05d}.json"), "w", encoding="utf-8") as f:
            json.dump(batch, f, ensure_ascii=False)
    queries = (["model", "training", "benchmarks", "agents", "sparse attention", "open weights", "pricing",
                "Qwen3-Max", "GLM-4.6", "DeepSeek-V3.2", "Claude Opus", "robots", "distillation", "\"context window\"",
                "千问", "千問", "通义千问", "通義千問", "开源", "開源", "模型", "蒸馏", "機器人", "智谱", "多模态 评测",
                "GPT-5.2 基准"])
    with open(os.path.join(args.out, "queries.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(queries) + "\n")


if __name__ == "__main__":
    main()

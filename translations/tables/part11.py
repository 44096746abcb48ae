# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Words whose translation depends on where they appear: (context, source, 简体中文, polski).
E = [
    # DOMAIN.md's flow states: 流入 / 下流 / 回溯 / 停滞 / 流失 / 赢单 / 持平
    ("FlowState", "Advanced", "下流", "Awans"),
    ("FlowState", "Lost", "流失", "Przegrana"),
    ("FlowState", "Won", "赢单", "Wygrana"),
    ("FlowState", "Stalled", "停滞", "Zastała"),
    ("ForecastCategory", "Pipeline", "管道", "Lejek"),
    ("ForecastCategory", "Closed", "已成交", "Zamknięte"),
    ("WaterfallChart", "New", "新增", "Nowe"),
    ("WaterfallChart", "Added", "新增", "Dodane"),
    ("WaterfallChart", "Removed", "移出", "Usunięte"),
    ("WaterfallChart", "Won", "赢单", "Wygrane"),
    ("WaterfallChart", "Lost", "丢单", "Przegrane"),
    ("WaterfallChart", "Pipeline", "管道", "Lejek"),
    ("BehaviourText", "Done", "已进行", "Odbyta"),
    ("WorkspaceMerge", "Done", "完成", "Gotowe"),
    ("MeasureProgress", "Achieved", "已达成", "Osiągnięta"),
    ("MeasureProgress", "Missed", "未达成", "Nieosiągnięta"),
    ("VisionEditor", "I", "斜", "I"),
    ("GenerateCommand", "M", "M", "M"),
    ("ReviewArea", "Funnel", "销售漏斗表", "Tabela lejka"),
    ("LeadSourceChart", "Won", "赢单", "Wygrane"),
    ("StageConversionChart", "Lost", "丢单", "Przegrane"),
    ("GuiOptions", "Open the demo workspace (made on first use).", "打开演示工作区（首次使用时创建）。", "Otwórz przykładowy obszar roboczy (tworzony przy pierwszym użyciu)."),
]

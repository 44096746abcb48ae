<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Dealbench</source>
            <translation>关于 Dealbench</translation>
        </message>
        <message>
            <source>Dealbench</source>
            <translation>Dealbench</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>版本 %1</translation>
        </message>
        <message>
            <source>A sales-pipeline workstation for reps and their managers, on one local file per workspace.</source>
            <translation>面向销售代表及其经理的销售管道工作台，每个工作区一个本地文件。</translation>
        </message>
        <message>
            <source>Built with Qt %1, running on Qt %2.</source>
            <translation>使用 Qt %1 构建，运行于 Qt %2。</translation>
        </message>
    </context>
    <context>
        <name>AccountListModel</name>
        <message>
            <source>★ strategic</source>
            <translation>★ 战略客户</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>细分市场</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>员工数</translation>
        </message>
    </context>
    <context>
        <name>AccountPlan</name>
        <message>
            <source>Using</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>机会</translation>
        </message>
        <message>
            <source>Not a fit</source>
            <translation>不适合</translation>
        </message>
    </context>
    <context>
        <name>AccountPlanService</name>
        <message>
            <source>An account plan belongs to an account.</source>
            <translation>客户经营计划必须属于一个客户。</translation>
        </message>
        <message>
            <source>Seats cannot be negative.</source>
            <translation>席位数不能为负。</translation>
        </message>
        <message>
            <source>A revenue target needs a currency.</source>
            <translation>收入目标需要货币。</translation>
        </message>
        <message>
            <source>There is one revenue target per year.</source>
            <translation>每年只有一个收入目标。</translation>
        </message>
        <message>
            <source>A relationship needs a contact.</source>
            <translation>关系需要一个联系人。</translation>
        </message>
        <message>
            <source>Relationship strength goes from 1 to 5.</source>
            <translation>关系强度取值为 1 到 5。</translation>
        </message>
        <message>
            <source>The account no longer exists.</source>
            <translation>该客户已不存在。</translation>
        </message>
        <message>
            <source>The account has a plan already.</source>
            <translation>该客户已有经营计划。</translation>
        </message>
        <message>
            <source>The account has no plan.</source>
            <translation>该客户没有经营计划。</translation>
        </message>
        <message>
            <source>A product needs a name.</source>
            <translation>产品需要名称。</translation>
        </message>
        <message>
            <source>A revenue target</source>
            <translation>收入目标</translation>
        </message>
        <message>
            <source>A target's year</source>
            <translation>目标的年份</translation>
        </message>
        <message>
            <source>The customer's strategy</source>
            <translation>客户战略</translation>
        </message>
        <message>
            <source>The goals</source>
            <translation>目标</translation>
        </message>
    </context>
    <context>
        <name>AccountPlanWidget</name>
        <message>
            <source>&amp;Mark strategic and start a plan</source>
            <translation>标记为战略客户并开始计划(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Strategic account: worth growing over years</source>
            <translation>战略客户：值得多年经营(&amp;S)</translation>
        </message>
        <message>
            <source>Mark the account strategic</source>
            <translation>将客户标记为战略客户</translation>
        </message>
        <message>
            <source>The customer's strategy and our goals</source>
            <translation>客户战略与我们的目标</translation>
        </message>
        <message>
            <source>Their strategy and goals for the next years</source>
            <translation>客户未来几年的战略和目标</translation>
        </message>
        <message>
            <source>Edit the customer's strategy</source>
            <translation>编辑客户战略</translation>
        </message>
        <message>
            <source>Where our products map to it; what we want to reach</source>
            <translation>我们的产品与之对应之处；我们希望达成的目标</translation>
        </message>
        <message>
            <source>Edit our goals</source>
            <translation>编辑我们的目标</translation>
        </message>
        <message>
            <source>Customer strategy</source>
            <translation>客户战略</translation>
        </message>
        <message>
            <source>Our goals</source>
            <translation>我们的目标</translation>
        </message>
        <message>
            <source>Whitespace: departments × our products</source>
            <translation>空白领域：部门 × 我们的产品</translation>
        </message>
        <message>
            <source>Add department</source>
            <translation>添加部门</translation>
        </message>
        <message>
            <source>Remove department</source>
            <translation>删除部门</translation>
        </message>
        <message>
            <source>Remove a department</source>
            <translation>删除一个部门</translation>
        </message>
        <message>
            <source>Our products and services (grid columns)</source>
            <translation>我们的产品和服务（表格列）</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>新产品</translation>
        </message>
        <message>
            <source>Penetration</source>
            <translation>渗透率</translation>
        </message>
        <message>
            <source>Edit the seats</source>
            <translation>编辑席位数</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>席位</translation>
        </message>
        <message>
            <source>Revenue per year</source>
            <translation>年度收入</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Won (actual)</source>
            <translation>赢单（实际）</translation>
        </message>
        <message>
            <source>%1 (some wins lack an exchange rate)</source>
            <translation>%1（部分赢单缺少汇率）</translation>
        </message>
        <message>
            <source>Set a revenue target</source>
            <translation>设定收入目标</translation>
        </message>
        <message>
            <source>Add a revenue target</source>
            <translation>添加收入目标</translation>
        </message>
        <message>
            <source>Remove a revenue target</source>
            <translation>删除收入目标</translation>
        </message>
        <message>
            <source>Joint actions (our team and theirs)</source>
            <translation>联合行动（双方团队）</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Our owner</source>
            <translation>我方负责人</translation>
        </message>
        <message>
            <source>Their owner</source>
            <translation>客户方负责人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Edit a joint action</source>
            <translation>编辑联合行动</translation>
        </message>
        <message>
            <source>New joint action</source>
            <translation>新联合行动</translation>
        </message>
        <message>
            <source>Add a joint action</source>
            <translation>添加联合行动</translation>
        </message>
        <message>
            <source>Remove a joint action</source>
            <translation>删除联合行动</translation>
        </message>
        <message>
            <source>Relationship map by org level</source>
            <translation>按组织层级的关系地图</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>强度</translation>
        </message>
        <message>
            <source>Our person</source>
            <translation>我方人员</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Edit a relationship</source>
            <translation>编辑关系</translation>
        </message>
        <message>
            <source>Account plan</source>
            <translation>客户经营计划表</translation>
        </message>
        <message>
            <source>The account has no contacts to relate to yet.</source>
            <translation>该客户还没有可关联的联系人。</translation>
        </message>
        <message>
            <source>Add a relationship</source>
            <translation>添加关系</translation>
        </message>
        <message>
            <source>Remove a relationship</source>
            <translation>删除关系</translation>
        </message>
        <message>
            <source>Choose an account to see its plan.</source>
            <translation>选择一个客户以查看其经营计划。</translation>
        </message>
        <message>
            <source>%1 has no account plan. Not every customer should be kept or grown: plan the strategic ones.</source>
            <translation>%1 没有客户经营计划。并非每个客户都值得保留或发展：为战略客户做计划。</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 employees</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 名员工</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>%1 of %2 departments use us; %3 open opportunities in the grid.</source>
            <translation>%2 个部门中有 %1 个在使用我们；表格中有 %3 个待开发机会。</translation>
        </message>
        <message>
            <source>Seats cover %1 % of the employees.</source>
            <translation>席位覆盖 %1 % 的员工。</translation>
        </message>
        <message>
            <source>Two or more departments: time for a top-down deal.</source>
            <translation>已有两个或更多部门：是时候做自上而下的大单了。</translation>
        </message>
        <message>
            <source>A product needs a name.</source>
            <translation>产品需要名称。</translation>
        </message>
        <message>
            <source>Edit the products</source>
            <translation>编辑产品</translation>
        </message>
        <message>
            <source>Start an account plan</source>
            <translation>开始客户经营计划</translation>
        </message>
        <message>
            <source>New department</source>
            <translation>新部门</translation>
        </message>
        <message>
            <source>Add a department</source>
            <translation>添加部门</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <source>S&amp;trategic only</source>
            <translation>仅战略客户(&amp;T)</translation>
        </message>
        <message>
            <source>Search accounts</source>
            <translation>搜索客户</translation>
        </message>
    </context>
    <context>
        <name>AccuracyModel</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Forecast %1 too high</source>
            <translation>预测高估了 %1</translation>
        </message>
        <message>
            <source>Forecast %1 too low</source>
            <translation>预测低估了 %1</translation>
        </message>
        <message>
            <source>Closed so far plus commit when the review started</source>
            <translation>复盘开始时的已成交金额加承诺金额</translation>
        </message>
        <message>
            <source>Review of</source>
            <translation>复盘日期</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已成交</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>准确度</translation>
        </message>
    </context>
    <context>
        <name>ActionRegistry</name>
        <message>
            <source>&amp;New Workspace…</source>
            <translation>新建工作区(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Save a &amp;Copy As…</source>
            <translation>另存副本(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Close Workspace</source>
            <translation>关闭工作区(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;About Dealbench</source>
            <translation>关于 Dealbench(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Welcome</source>
            <translation>欢迎(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>用户指南(&amp;U)</translation>
        </message>
        <message>
            <source>Write a consistent copy of the open workspace to another file</source>
            <translation>将打开的工作区写出为另一个一致的副本文件</translation>
        </message>
        <message>
            <source>Go back to one of the automatic backups of the open workspace</source>
            <translation>恢复到打开的工作区的某个自动备份</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Co&amp;mpact Workspace…</source>
            <translation>压缩工作区(&amp;M)…</translation>
        </message>
        <message>
            <source>Write the open workspace's file afresh, without unused space</source>
            <translation>重新写入已打开工作区的文件，去掉未使用的空间</translation>
        </message>
    </context>
    <context>
        <name>ActivityChart</name>
        <message>
            <source>None of the %1 open deals has a strategy sheet, so there are no decision milestones to measure progress by.</source>
            <translation>%1 个进行中的商机都没有销售策略表，因此没有可用来衡量进展的决策里程碑。</translation>
        </message>
        <message>
            <source>No open deals with a strategy sheet for this filter.</source>
            <translation>此筛选条件下没有带销售策略表的进行中商机。</translation>
        </message>
        <message>
            <source>Interactions held in the period</source>
            <translation>本期进行的客户接触</translation>
        </message>
        <message>
            <source>Decision milestones reached (%)</source>
            <translation>已达成的决策里程碑（%）</translation>
        </message>
        <message>
            <source>Progress in the period</source>
            <translation>本期进展</translation>
        </message>
        <message>
            <source>No progress, little activity</source>
            <translation>无进展，活动少</translation>
        </message>
        <message>
            <source>Busy without progress</source>
            <translation>忙碌但无进展</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;Interactions in the period: %4&lt;br&gt;Milestones reached: %5 of 5 (%6 in the period)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;本期客户接触：%4&lt;br&gt;已达成里程碑：%5 / 5（本期 %6）</translation>
        </message>
        <message>
            <source>%1 open deals with a strategy sheet. Red: %2 deals (%3) with at least %4 interactions in the period and no decision milestone reached in it: activity, not progress.</source>
            <translation>%1 个带销售策略表的进行中商机。红色：%2 个商机（%3）本期至少有 %4 次客户接触，却没有达成任何决策里程碑——只有活动，没有进展。</translation>
        </message>
        <message>
            <source>%1 open deals have no strategy sheet and are not shown.</source>
            <translation>%1 个进行中的商机没有销售策略表，未显示。</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Could not write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>AreaCatalog</name>
        <message>
            <source>Pipeline</source>
            <translation>销售管道</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>销售行为</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>销售策略</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Funnel &amp; Review</source>
            <translation>漏斗与复盘</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>A kanban board of open deals by stage: drag cards between stages, see stalled deals and the weighted value of every column.</source>
            <translation>按阶段排列进行中商机的看板：在阶段之间拖动卡片，查看停滞的商机和每列的加权金额。</translation>
        </message>
        <message>
            <source>The behaviour table: every customer interaction with its plan (objective, conversation logic) and its review (outcome, next step, coaching), plus the week planner.</source>
            <translation>销售行为控制表：每次客户接触的计划（行动目标、会谈逻辑）和复盘（结果、下一步、辅导），以及周计划。</translation>
        </message>
        <message>
            <source>One strategy sheet per deal: the buying centre, missing information, competition and the pursue-or-drop qualification.</source>
            <translation>每个商机一张销售策略表：采购决策链、缺失信息、竞争态势以及跟进或放弃的判断。</translation>
        </message>
        <message>
            <source>Accounts and their contacts, and account plans for strategic customers over the coming years.</source>
            <translation>客户及其联系人，以及面向未来几年的战略客户经营计划。</translation>
        </message>
        <message>
            <source>The funnel table of the team's deals over a period and the weekly review: what changed, what slipped, and how accurate the forecast was.</source>
            <translation>团队在一个周期内商机的销售漏斗表和每周复盘：发生了什么变化、哪些推迟了、预测有多准确。</translation>
        </message>
        <message>
            <source>Funnel, flow, velocity, conversion and forecast charts, the same ones the reports print.</source>
            <translation>漏斗、流动、速度、转化和预测图表，与报告中打印的相同。</translation>
        </message>
        <message>
            <source>V2MOM goal sheets: vision, values, methods, obstacles and measures, cascading from each manager to the team.</source>
            <translation>V2MOM 目标表：愿景、价值观、方法、障碍和衡量指标，从每位经理逐级分解到团队。</translation>
        </message>
    </context>
    <context>
        <name>AreaPlaceholder</name>
        <message>
            <source>Coming soon — this area lands with its own issue.</source>
            <translation>即将推出——此区域将在后续版本中提供。</translation>
        </message>
    </context>
    <context>
        <name>AttentionModel</name>
        <message>
            <source>Close date %1</source>
            <translation>预计成交日期 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) in the stage</source>
            <translation>
                <numerusform>在该阶段 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>AttentionReason</name>
        <message>
            <source>Stalled</source>
            <translation>停滞</translation>
        </message>
        <message>
            <source>Moved back</source>
            <translation>回退</translation>
        </message>
        <message>
            <source>Close date slipped</source>
            <translation>成交日期推迟</translation>
        </message>
        <message>
            <source>Close date passed</source>
            <translation>成交日期已过</translation>
        </message>
        <message>
            <source>Big deal without a champion</source>
            <translation>大单没有支持者</translation>
        </message>
    </context>
    <context>
        <name>BehaviourActions</name>
        <message>
            <source>Plan a visit</source>
            <translation>计划拜访</translation>
        </message>
    </context>
    <context>
        <name>BehaviourPage</name>
        <message>
            <source>&amp;Behaviour table</source>
            <translation>销售行为控制表(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Week planner</source>
            <translation>周计划(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Coaching</source>
            <translation>辅导(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>BehaviourTableModel</name>
        <message numerus="yes">
            <source>Week of %1: %n interaction(s), %2 with an objective</source>
            <translation>
                <numerusform>%1 这一周：%n 次客户接触，其中 %2 次有行动目标</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BehaviourTableWidget</name>
        <message>
            <source>Plan a visit</source>
            <translation>计划拜访</translation>
        </message>
        <message>
            <source>Log review</source>
            <translation>记录复盘</translation>
        </message>
        <message>
            <source>Remove interaction</source>
            <translation>删除客户接触</translation>
        </message>
        <message>
            <source>Plan a new interaction (Ctrl+Shift+N)</source>
            <translation>计划新的客户接触（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>Fill the review half of the selected interaction (Ctrl+Shift+R)</source>
            <translation>填写所选客户接触的复盘部分（Ctrl+Shift+R）</translation>
        </message>
        <message>
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>上一周期</translation>
        </message>
        <message>
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>下一周期</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <source>1 week</source>
            <translation>1 周</translation>
        </message>
        <message>
            <source>4 weeks</source>
            <translation>4 周</translation>
        </message>
        <message>
            <source>12 weeks</source>
            <translation>12 周</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>全部日期</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>全部结果</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>&amp;Group by week</source>
            <translation>按周分组(&amp;G)</translation>
        </message>
        <message>
            <source>All reps</source>
            <translation>全部销售代表</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s)</source>
            <translation>
                <numerusform>%n 次客户接触</numerusform>
            </translation>
        </message>
        <message>
            <source> (the first %1 of the period; narrow the filter)</source>
            <translation>（本期前 %1 条；请缩小筛选范围）</translation>
        </message>
    </context>
    <context>
        <name>BehaviourText</name>
        <message>
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Video meeting</source>
            <translation>视频会议</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>演示</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>已计划</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已进行</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>爽约</translation>
        </message>
        <message>
            <source>Not reviewed</source>
            <translation>未复盘</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>已达成</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>部分达成</translation>
        </message>
        <message>
            <source>Not achieved</source>
            <translation>未达成</translation>
        </message>
        <message>
            <source>No objective</source>
            <translation>无行动目标</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>待复盘</translation>
        </message>
        <message>
            <source>Deal has no next step</source>
            <translation>商机没有下一步</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Questioning</source>
            <translation>提问</translation>
        </message>
        <message>
            <source>Presenting value</source>
            <translation>呈现价值</translation>
        </message>
        <message>
            <source>Handling objections</source>
            <translation>处理异议</translation>
        </message>
        <message>
            <source>Gaining commitment</source>
            <translation>获得承诺</translation>
        </message>
        <message>
            <source>Date and time of the interaction</source>
            <translation>客户接触的日期和时间</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>The customer's people who were met</source>
            <translation>会见的客户人员</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>State of the appointment (约访)</source>
            <translation>约访状态</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>约访</translation>
        </message>
        <message>
            <source>How the meeting was secured</source>
            <translation>如何约到这次会面</translation>
        </message>
        <message>
            <source>How secured</source>
            <translation>约访方式</translation>
        </message>
        <message>
            <source>Action objective (行动目标): the commitment we want from the customer</source>
            <translation>行动目标：希望客户做出的承诺</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>行动目标</translation>
        </message>
        <message>
            <source>The minimum acceptable objective</source>
            <translation>最低可接受目标</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最低目标</translation>
        </message>
        <message>
            <source>Conversation logic (会谈逻辑): opening, questions, what to show</source>
            <translation>会谈逻辑：开场、提问、展示内容</translation>
        </message>
        <message>
            <source>Conversation logic</source>
            <translation>会谈逻辑</translation>
        </message>
        <message>
            <source>Customer needs (客户需求) discovered or confirmed</source>
            <translation>发现或确认的客户需求</translation>
        </message>
        <message>
            <source>Customer needs</source>
            <translation>客户需求</translation>
        </message>
        <message>
            <source>Advantages that moved the customer (打动客户的优势)</source>
            <translation>打动客户的优势</translation>
        </message>
        <message>
            <source>Advantages</source>
            <translation>打动客户的优势</translation>
        </message>
        <message>
            <source>Was the action objective achieved?</source>
            <translation>行动目标是否达成？</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>The commitment obtained</source>
            <translation>获得的承诺</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Next step date</source>
            <translation>下一步日期</translation>
        </message>
        <message>
            <source>The manager's coaching note</source>
            <translation>经理的辅导备注</translation>
        </message>
        <message>
            <source>Coaching note</source>
            <translation>辅导备注</translation>
        </message>
        <message>
            <source>Skill rating 1-5: %1</source>
            <translation>技能评分 1–5：%1</translation>
        </message>
        <message>
            <source>No objective yet, review due after the date, deal without next step</source>
            <translation>尚无行动目标、过期待复盘、商机无下一步</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>标记</translation>
        </message>
    </context>
    <context>
        <name>BoardFilterBar</name>
        <message>
            <source>Stalled</source>
            <translation>停滞</translation>
        </message>
        <message>
            <source>Only deals longer in their stage than its rotting days, without contact</source>
            <translation>仅显示在阶段中停留超过停滞天数且无联系的商机</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>无下一步</translation>
        </message>
        <message>
            <source>Only open deals without a planned interaction</source>
            <translation>仅显示没有计划客户接触的进行中商机</translation>
        </message>
        <message>
            <source>Search deals and accounts</source>
            <translation>搜索商机和客户</translation>
        </message>
        <message>
            <source>Any close date</source>
            <translation>任意成交日期</translation>
        </message>
        <message>
            <source>Closing this month</source>
            <translation>本月成交</translation>
        </message>
        <message>
            <source>Closing this quarter</source>
            <translation>本季度成交</translation>
        </message>
        <message>
            <source>Closing next quarter</source>
            <translation>下季度成交</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>自定义范围…</translation>
        </message>
        <message>
            <source>Sort: close date</source>
            <translation>排序：成交日期</translation>
        </message>
        <message>
            <source>Sort: amount</source>
            <translation>排序：金额</translation>
        </message>
        <message>
            <source>Sort: time in stage</source>
            <translation>排序：阶段停留时间</translation>
        </message>
        <message>
            <source>Everyone's deals</source>
            <translation>所有人的商机</translation>
        </message>
        <message>
            <source>My deals</source>
            <translation>我的商机</translation>
        </message>
    </context>
    <context>
        <name>BuyingCentreMap</name>
        <message>
            <source>EB</source>
            <translation>EB</translation>
        </message>
        <message>
            <source>TE</source>
            <translation>TE</translation>
        </message>
        <message>
            <source>U</source>
            <translation>U</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>G</source>
            <translation>G</translation>
        </message>
        <message>
            <source>I</source>
            <translation>I</translation>
        </message>
        <message>
            <source>Buying centre map</source>
            <translation>采购决策链地图</translation>
        </message>
        <message>
            <source>High influence</source>
            <translation>影响力高</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Opponent</source>
            <translation>反对者</translation>
        </message>
        <message>
            <source>Sceptic</source>
            <translation>怀疑者</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>中立</translation>
        </message>
        <message>
            <source>Supporter</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>支持者（教练）</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <source>Filled: contacted · dashed: not contacted yet · EB economic buyer, TE technical evaluator, U user, C coach-champion, G gatekeeper, I influencer</source>
            <translation>实心：已联系 · 虚线：尚未联系 · EB 经济决策人，TE 技术评估人，U 使用者，C 教练/支持者，G 把关人，I 影响者</translation>
        </message>
        <message>
            <source>No stakeholders yet: add them to the buying centre above.</source>
            <translation>还没有相关人员：请在上方的采购决策链中添加。</translation>
        </message>
    </context>
    <context>
        <name>CalibrationChart</name>
        <message>
            <source>No deals were won or lost in the last 12 months for this filter.</source>
            <translation>此筛选条件下过去 12 个月没有赢单或丢单的商机。</translation>
        </message>
        <message>
            <source>Default probability</source>
            <translation>默认概率</translation>
        </message>
        <message>
            <source>Actually won</source>
            <translation>实际赢单</translation>
        </message>
        <message>
            <source>Win probability (%)</source>
            <translation>赢单概率（%）</translation>
        </message>
        <message>
            <source>%1
n = %2</source>
            <translation>%1
n = %2</translation>
        </message>
        <message>
            <source>n = 0</source>
            <translation>n = 0</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Default probability: %2&lt;br&gt;Actually won: %3 (%4 of %5 closed deals)&lt;br&gt;Gap: %6 points</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;默认概率：%2&lt;br&gt;实际赢单：%3（%5 个已关闭商机中的 %4 个）&lt;br&gt;差距：%6 个百分点</translation>
        </message>
        <message>
            <source>Deals won or lost from %1 to %2 that passed through each stage: the share that won, against the stage's default probability. Where they differ by much, the weighted forecast rests on defaults rather than on the team's history.</source>
            <translation>%1 至 %2 期间赢单或丢单、且经过各阶段的商机：实际赢单比例与该阶段默认概率的对比。两者差距较大时，加权预测依据的是默认值，而不是团队的历史。</translation>
        </message>
    </context>
    <context>
        <name>CellDelegate</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>ChangeKind</name>
        <message>
            <source>New deal</source>
            <translation>新商机</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>推进</translation>
        </message>
        <message>
            <source>Moved back</source>
            <translation>回退</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <source>Amount up</source>
            <translation>金额增加</translation>
        </message>
        <message>
            <source>Amount down</source>
            <translation>金额减少</translation>
        </message>
        <message>
            <source>Close date pushed</source>
            <translation>成交日期推后</translation>
        </message>
        <message>
            <source>Close date pulled in</source>
            <translation>成交日期提前</translation>
        </message>
        <message>
            <source>Owner changed</source>
            <translation>负责人变更</translation>
        </message>
    </context>
    <context>
        <name>ChartFigures</name>
        <message>
            <source>Deals</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Weighted amount</source>
            <translation>加权金额</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>按月</translation>
        </message>
        <message>
            <source>By quarter</source>
            <translation>按季度</translation>
        </message>
        <message>
            <source>Per rep, by quarter</source>
            <translation>按销售代表、按季度</translation>
        </message>
        <message>
            <source>Per rep, by month</source>
            <translation>按销售代表、按月</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>细分市场</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>丢单原因</translation>
        </message>
        <message>
            <source>No pipeline in this workspace.</source>
            <translation>此工作区没有销售管道。</translation>
        </message>
        <message>
            <source>Amounts are in %1; amounts in %2 are left out: no exchange rate.</source>
            <translation>金额单位为 %1；%2 的金额因缺少汇率未计入。</translation>
        </message>
    </context>
    <context>
        <name>ChartFilterBar</name>
        <message>
            <source>&amp;Pipeline:</source>
            <translation>销售管道(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>团队(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Rep:</source>
            <translation>销售代表(&amp;R)：</translation>
        </message>
        <message>
            <source>P&amp;eriod:</source>
            <translation>周期(&amp;E)：</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>Team %1</source>
            <translation>%1 团队</translation>
        </message>
        <message>
            <source>All reps</source>
            <translation>全部销售代表</translation>
        </message>
        <message>
            <source>Whole team</source>
            <translation>整个团队</translation>
        </message>
    </context>
    <context>
        <name>ChartFormat</name>
        <message>
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <source>%1 M</source>
            <translation>%1 M</translation>
        </message>
        <message>
            <source>%1 k</source>
            <translation>%1 k</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>k</source>
            <translation>k</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>ChartKind</name>
        <message>
            <source>Funnel</source>
            <translation>漏斗</translation>
        </message>
        <message>
            <source>Pipeline flow</source>
            <translation>管道流动</translation>
        </message>
        <message>
            <source>Forecast vs quota</source>
            <translation>预测与配额</translation>
        </message>
        <message>
            <source>Performance formula</source>
            <translation>业绩公式</translation>
        </message>
        <message>
            <source>Sales velocity</source>
            <translation>销售速度</translation>
        </message>
        <message>
            <source>Stage conversion</source>
            <translation>阶段转化</translation>
        </message>
        <message>
            <source>Lead sources</source>
            <translation>线索来源</translation>
        </message>
        <message>
            <source>Win / loss</source>
            <translation>赢单 / 丢单</translation>
        </message>
        <message>
            <source>Win scenarios</source>
            <translation>赢单场景</translation>
        </message>
        <message>
            <source>Probability calibration</source>
            <translation>概率校准</translation>
        </message>
        <message>
            <source>Activity vs progress</source>
            <translation>活动与进展</translation>
        </message>
        <message>
            <source>Open pipeline per stage now, and how each stage converted in the period.</source>
            <translation>当前各阶段的在途管道，以及本期各阶段的转化情况。</translation>
        </message>
        <message>
            <source>How the open pipeline moved from the start to the end of the period.</source>
            <translation>在途管道从期初到期末的变化。</translation>
        </message>
        <message>
            <source>What will we close against quota, month by month.</source>
            <translation>每月对照配额，我们能成交多少。</translation>
        </message>
        <message>
            <source>Which lever of the performance formula is weak, per rep against the team (= 100).</source>
            <translation>业绩公式中哪个杠杆薄弱：每位销售代表与团队（= 100）对比。</translation>
        </message>
        <message>
            <source>How fast the pipeline turns into money, and why.</source>
            <translation>管道转化为收入的速度及其原因。</translation>
        </message>
        <message>
            <source>Where deals move forward, and how long they sit in each stage.</source>
            <translation>商机在哪里向前推进，在每个阶段停留多久。</translation>
        </message>
        <message>
            <source>Which lead sources turn into opportunities and wins.</source>
            <translation>哪些线索来源能转化为商机和赢单。</translation>
        </message>
        <message>
            <source>Where we win and why we lose.</source>
            <translation>我们在哪里赢、为什么输。</translation>
        </message>
        <message>
            <source>What the deals we won have in common.</source>
            <translation>我们赢下的商机有什么共同点。</translation>
        </message>
        <message>
            <source>Do the stage probabilities match what actually won in the last 12 months?</source>
            <translation>各阶段的概率是否与过去 12 个月的实际赢单相符？</translation>
        </message>
        <message>
            <source>Activity that produces no progress on decision milestones.</source>
            <translation>没有带来决策里程碑进展的活动。</translation>
        </message>
    </context>
    <context>
        <name>ChartLabelText</name>
        <message>
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>None named</source>
            <translation>未指定</translation>
        </message>
        <message>
            <source>No champion</source>
            <translation>没有支持者</translation>
        </message>
    </context>
    <context>
        <name>ChartPeriod</name>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>本季度</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>上季度</translation>
        </message>
        <message>
            <source>Next quarter</source>
            <translation>下季度</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>最近 90 天</translation>
        </message>
        <message>
            <source>Year to date</source>
            <translation>年初至今</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>最近 12 个月</translation>
        </message>
    </context>
    <context>
        <name>ChartsPage</name>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image (200 dpi) or a PDF page (vector). SVG is not offered: the Qt SVG module is not part of the platform packages we build on.</source>
            <translation>将图表保存为 PNG 图像（200 dpi）或 PDF 页面（矢量）。不提供 SVG：Qt SVG 模块不在我们构建所用的平台软件包中。</translation>
        </message>
        <message>
            <source>PNG image or PDF document…</source>
            <translation>PNG 图像或 PDF 文档…</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <source>View:</source>
            <translation>视图：</translation>
        </message>
        <message>
            <source>Open a workspace to see its charts.</source>
            <translation>打开一个工作区以查看其图表。</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>PNG image, 200 dpi (*.png);;PDF document (*.pdf)</source>
            <translation>PNG 图像，200 dpi (*.png);;PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>CoachingSummaryModel</name>
        <message>
            <source>(no owner)</source>
            <translation>（无负责人）</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <source>Interactions in the window, cancelled ones left out</source>
            <translation>时间窗口内的客户接触，不含已取消的</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>客户接触</translation>
        </message>
        <message>
            <source>Per week</source>
            <translation>每周</translation>
        </message>
        <message>
            <source>Interactions per week, oldest first</source>
            <translation>每周客户接触数，最早的在前</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>周</translation>
        </message>
        <message>
            <source>Share of interactions with a stated action objective</source>
            <translation>有明确行动目标的客户接触占比</translation>
        </message>
        <message>
            <source>With objective</source>
            <translation>有目标</translation>
        </message>
        <message>
            <source>Interactions with an outcome logged</source>
            <translation>已记录结果的客户接触</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>已复盘</translation>
        </message>
        <message>
            <source>Objective achieved, of the reviewed interactions (partly is not a hit)</source>
            <translation>已复盘的客户接触中达成目标的比例（部分达成不计）</translation>
        </message>
        <message>
            <source>Hit rate</source>
            <translation>达成率</translation>
        </message>
        <message>
            <source>Average of every skill rating given</source>
            <translation>所有技能评分的平均值</translation>
        </message>
        <message>
            <source>All skills</source>
            <translation>全部技能</translation>
        </message>
    </context>
    <context>
        <name>CoachingWidget</name>
        <message>
            <source>Last 4 weeks</source>
            <translation>最近 4 周</translation>
        </message>
        <message>
            <source>Last 12 weeks</source>
            <translation>最近 12 周</translation>
        </message>
        <message>
            <source>&amp;Window</source>
            <translation>时间窗口(&amp;W)</translation>
        </message>
        <message>
            <source>Enter on a rep opens their interactions to rate and comment.</source>
            <translation>在销售代表上按回车，打开其客户接触以评分和点评。</translation>
        </message>
    </context>
    <context>
        <name>CommandArguments</name>
        <message>
            <source>Unexpected argument: %1</source>
            <translation>意外的参数：%1</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Usage: dealbench [FILE]                open FILE (or the demo workspace) in the window
         [--theme system|light|dark] [--language system|en|zh_CN|pl] [--area AREA] [--welcome]
         [--screenshot PNG [--size WxH]]
       dealbench generate --out FILE [--deals N] [--reps R] [--seed S]
       dealbench import --workspace FILE [--currency CUR] [--preset PRESET] FILE.csv [HISTORY.csv]
       dealbench info --workspace FILE [--json]
       dealbench merge --into TEAM.dealbench REP.dealbench...
       dealbench compact --workspace FILE
       dealbench report weekly|scorecard|strategy|v2mom --workspace FILE [--period 2026-W47]
         [--owner NAME] [--deal ID] [--format pdf|html|csv] [--page a4|letter] --out FILE
       dealbench --version
</source>
            <translation>用法：dealbench [FILE]                在窗口中打开 FILE（或演示工作区）
         [--theme system|light|dark] [--language system|en|zh_CN|pl] [--area AREA] [--welcome]
         [--screenshot PNG [--size WxH]]
       dealbench generate --out FILE [--deals N] [--reps R] [--seed S]
       dealbench import --workspace FILE [--currency CUR] [--preset PRESET] FILE.csv [HISTORY.csv]
       dealbench info --workspace FILE [--json]
       dealbench merge --into TEAM.dealbench REP.dealbench...
       dealbench compact --workspace FILE
       dealbench report weekly|scorecard|strategy|v2mom --workspace FILE [--period 2026-W47]
         [--owner NAME] [--deal ID] [--format pdf|html|csv] [--page a4|letter] --out FILE
       dealbench --version
</translation>
        </message>
    </context>
    <context>
        <name>CompactCommand</name>
        <message>
            <source>Lays a workspace file out afresh; the data does not change.</source>
            <translation>重新整理工作区文件的存储布局；数据不会改变。</translation>
        </message>
        <message>
            <source>The workspace file to compact.</source>
            <translation>要压缩的工作区文件。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>compact needs --workspace FILE.</source>
            <translation>compact 需要 --workspace FILE。</translation>
        </message>
        <message>
            <source>Compacted %1: %2 before, %3 after, in %4 s.</source>
            <translation>已压缩 %1：之前 %2，之后 %3，用时 %4 秒。</translation>
        </message>
    </context>
    <context>
        <name>CreateDealCommand</name>
        <message>
            <source>New deal “%1”</source>
            <translation>新商机“%1”</translation>
        </message>
    </context>
    <context>
        <name>CsvDocument</name>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation>无法读取文件 %1：%2</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>文件为空。</translation>
        </message>
        <message>
            <source>The file is not a text file (it holds binary data).</source>
            <translation>该文件不是文本文件（包含二进制数据）。</translation>
        </message>
        <message>
            <source>This system cannot decode %1.</source>
            <translation>本系统无法解码 %1。</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>文件没有标题行。</translation>
        </message>
        <message>
            <source>The header row has fewer than two columns: is this a CSV file?</source>
            <translation>标题行少于两列：这是 CSV 文件吗？</translation>
        </message>
        <message>
            <source>Line %1 has %2 fields where the header has %3.</source>
            <translation>第 %1 行有 %2 个字段，而标题行有 %3 个。</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>A quoted field is not closed before the end of the file.</source>
            <translation>文件结束前有一个带引号的字段没有闭合。</translation>
        </message>
        <message>
            <source>Text after a closing quote was kept as it is.</source>
            <translation>闭合引号之后的文本已原样保留。</translation>
        </message>
    </context>
    <context>
        <name>DataExport</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>客户：%1</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The workspace file %1 does not exist.</source>
            <translation>工作区文件 %1 不存在。</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 不是文件。</translation>
        </message>
        <message>
            <source>%1 is too big to be a Dealbench workspace (%2 bytes).</source>
            <translation>%1 太大，不可能是 Dealbench 工作区（%2 字节）。</translation>
        </message>
        <message>
            <source>%1 is write-protected or on a read-only medium. It can only be opened read-only.</source>
            <translation>%1 受写保护或位于只读介质上，只能以只读方式打开。</translation>
        </message>
        <message>
            <source>The workspace %1 was written by an older version and must be opened for writing once to be upgraded.</source>
            <translation>工作区 %1 由旧版本写入，需要以可写方式打开一次才能升级。</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <source>%1 is damaged or is not a Dealbench workspace.</source>
            <translation>%1 已损坏或不是 Dealbench 工作区。</translation>
        </message>
        <message>
            <source>%1 is an SQLite database, but not a Dealbench workspace.</source>
            <translation>%1 是 SQLite 数据库，但不是 Dealbench 工作区。</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Dealbench (format %2; this version reads up to %3). Please update Dealbench to open it.</source>
            <translation>%1 由更新版本的 Dealbench 写入（格式 %2；本版本最多读取到 %3）。请更新 Dealbench 后再打开。</translation>
        </message>
        <message>
            <source>%1 contains things Dealbench never creates (%2) and is not opened, to be safe. It may have been changed by another program.</source>
            <translation>%1 包含 Dealbench 从不创建的内容（%2），为安全起见未打开。它可能被其他程序修改过。</translation>
        </message>
        <message>
            <source>%1 is damaged (%2). Nothing was changed. You can open it read-only to look at what is left, or restore a backup.</source>
            <translation>%1 已损坏（%2）。未做任何更改。你可以以只读方式打开查看剩余内容，或恢复备份。</translation>
        </message>
        <message>
            <source>%1 exists already.</source>
            <translation>%1 已存在。</translation>
        </message>
        <message>
            <source>the file is shorter than its contents: it was cut short</source>
            <translation>文件比其内容短：文件被截断了</translation>
        </message>
        <message>
            <source>%1 is damaged: the list of its tables cannot be read, so nothing in it can be shown. Nothing was changed.</source>
            <translation>%1 已损坏：无法读取其中的表清单，因此无法显示任何内容。文件未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>DealCardDelegate</name>
        <message>
            <source>No account</source>
            <translation>无客户</translation>
        </message>
        <message>
            <source>No close date</source>
            <translation>无成交日期</translation>
        </message>
        <message>
            <source>Overdue %1</source>
            <translation>已逾期 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>停滞</translation>
        </message>
        <message>
            <source>No step</source>
            <translation>无下一步</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>无下一步</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
    </context>
    <context>
        <name>DealContactsEditor</name>
        <message>
            <source>The deal's contacts: the buying centre of its strategy sheet</source>
            <translation>商机的联系人：即其销售策略表中的采购决策链</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <source>Take the selected person off the deal (Delete)</source>
            <translation>将所选人员从商机中移除（Delete 键）</translation>
        </message>
        <message>
            <source>Pick the account first to add its contacts</source>
            <translation>请先选择客户，再添加其联系人</translation>
        </message>
        <message>
            <source>Add a contact: type a name</source>
            <translation>添加联系人：输入姓名</translation>
        </message>
        <message>
            <source>In the buying centre, not in the account's contacts</source>
            <translation>在采购决策链中，但不在该客户的联系人中</translation>
        </message>
        <message>
            <source>Added when the deal is saved</source>
            <translation>保存商机时添加</translation>
        </message>
        <message>
            <source>%1 (new contact)</source>
            <translation>%1（新联系人）</translation>
        </message>
        <message>
            <source>Made a contact of the account when the deal is saved</source>
            <translation>保存商机时创建为该客户的联系人</translation>
        </message>
        <message>
            <source>Several contacts are named “%1”: pick one from the list.</source>
            <translation>有多位联系人名为“%1”：请从列表中选择一位。</translation>
        </message>
        <message>
            <source>Pick the deal's account first: a new contact is made there.</source>
            <translation>请先选择商机的客户：新联系人将建在该客户下。</translation>
        </message>
    </context>
    <context>
        <name>DealEditService</name>
        <message>
            <source>A new contact needs the deal's account: pick the account first.</source>
            <translation>新联系人需要商机的客户：请先选择客户。</translation>
        </message>
        <message>
            <source>A new contact needs a name.</source>
            <translation>新联系人需要姓名。</translation>
        </message>
        <message>
            <source>A contact's name</source>
            <translation>联系人姓名</translation>
        </message>
        <message>
            <source>The deal no longer exists.</source>
            <translation>该商机已不存在。</translation>
        </message>
        <message>
            <source>A contact you added no longer exists.</source>
            <translation>您添加的一位联系人已不存在。</translation>
        </message>
    </context>
    <context>
        <name>DealEditorDialog</name>
        <message>
            <source>New deal</source>
            <translation>新商机</translation>
        </message>
        <message>
            <source>Deal “%1”</source>
            <translation>商机“%1”</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>客户接触</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>销售策略</translation>
        </message>
        <message>
            <source>Create deal</source>
            <translation>创建商机</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Type to find an account</source>
            <translation>输入以查找客户</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>无人</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>尚不清楚</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>选择原因…</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>丢单原因</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <source>Lost note</source>
            <translation>丢单说明</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>预计成交</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>行动目标</translation>
        </message>
        <message>
            <source>&amp;Plan a visit</source>
            <translation>计划拜访(&amp;P)</translation>
        </message>
        <message>
            <source>Add a planned visit to this deal's behaviour table (undoable)</source>
            <translation>在此商机的销售行为控制表中添加一次计划拜访（可撤销）</translation>
        </message>
        <message>
            <source>Save the deal first; then its strategy sheet (buying centre, decision milestones, competition) can be started here.</source>
            <translation>请先保存商机，然后即可在此开始其销售策略表（采购决策链、决策里程碑、竞争）。</translation>
        </message>
        <message>
            <source>The strategy sheet of this deal is edited in the Strategy area; its milestone progress shows on the deal's card.</source>
            <translation>此商机的销售策略表在“销售策略”区域中编辑；其里程碑进度显示在商机卡片上。</translation>
        </message>
        <message>
            <source>There is no account named “%1”. Pick one from the list.</source>
            <translation>没有名为“%1”的客户。请从列表中选择。</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
    </context>
    <context>
        <name>DealImport</name>
        <message>
            <source>%1 is not a stage history (OpportunityHistory.csv with OpportunityId, StageName and CreatedDate columns).</source>
            <translation>%1 不是阶段历史（应为包含 OpportunityId、StageName 和 CreatedDate 列的 OpportunityHistory.csv）。</translation>
        </message>
        <message>
            <source>No column of the file matches a Dealbench field: choose a preset or map the columns.</source>
            <translation>文件中没有任何列与 Dealbench 字段匹配：请选择预设或映射各列。</translation>
        </message>
        <message>
            <source>The file has no data rows.</source>
            <translation>文件没有数据行。</translation>
        </message>
        <message>
            <source>None of the %1 rows can be imported.</source>
            <translation>%1 行都无法导入。</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>导入已取消；未导入任何内容。</translation>
        </message>
    </context>
    <context>
        <name>DealListView</name>
        <message>
            <source>&amp;Open deal…</source>
            <translation>打开商机(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Plan a visit</source>
            <translation>计划拜访(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>DealService</name>
        <message>
            <source>The deal no longer exists.</source>
            <translation>该商机已不存在。</translation>
        </message>
        <message>
            <source>The target stage is not in the deal's pipeline.</source>
            <translation>目标阶段不在该商机的销售管道中。</translation>
        </message>
    </context>
    <context>
        <name>DealStrategyReport</name>
        <message>
            <source>As of %1</source>
            <translation>截至 %1</translation>
        </message>
        <message>
            <source>The deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Close date</source>
            <translation>成交日期</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>里程碑</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Win probability (rep / manager)</source>
            <translation>赢单概率（销售代表 / 经理）</translation>
        </message>
        <message>
            <source>Single sales objective</source>
            <translation>单一销售目标</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>截至 %1</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Customer interest in us</source>
            <translation>客户对我们的兴趣</translation>
        </message>
        <message>
            <source>Compelling event: %1</source>
            <translation>关键事件：%1</translation>
        </message>
        <message>
            <source>Urgency: %1</source>
            <translation>紧迫性：%1</translation>
        </message>
        <message>
            <source>Budgeted: %1</source>
            <translation>已有预算：%1</translation>
        </message>
        <message>
            <source>Decision process known: %1; timeline known: %2</source>
            <translation>决策流程已知：%1；时间表已知：%2</translation>
        </message>
        <message>
            <source>Deal economics and manager assessment</source>
            <translation>商机经济性与经理评估</translation>
        </message>
        <message>
            <source>Gross margin: %1; discount: %2</source>
            <translation>毛利率：%1；折扣：%2</translation>
        </message>
        <message>
            <source>Custom work: %1</source>
            <translation>定制工作：%1</translation>
        </message>
        <message>
            <source>Expansion potential: %1</source>
            <translation>扩展潜力：%1</translation>
        </message>
        <message>
            <source>Non-financial value: %1</source>
            <translation>非财务价值：%1</translation>
        </message>
        <message>
            <source>Manager decision: %1</source>
            <translation>经理决定：%1</translation>
        </message>
        <message>
            <source>Resources granted: %1</source>
            <translation>已批准资源：%1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Buying centre</source>
            <translation>采购决策链</translation>
        </message>
        <message>
            <source>No stakeholder recorded yet.</source>
            <translation>尚未记录任何采购角色。</translation>
        </message>
        <message>
            <source>Stakeholders by influence and attitude (filled: contacted)</source>
            <translation>按影响力和态度排列的采购角色（实心：已接触）</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>采购角色</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职位</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>影响力</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>态度</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>已联系</translation>
        </message>
        <message>
            <source>Organisational result</source>
            <translation>组织诉求</translation>
        </message>
        <message>
            <source>Personal win</source>
            <translation>个人期望</translation>
        </message>
        <message>
            <source>Leans to</source>
            <translation>倾向于</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Qualification and progress</source>
            <translation>资格审查与进展</translation>
        </message>
        <message>
            <source>Pursue or drop</source>
            <translation>跟进还是放弃</translation>
        </message>
        <message>
            <source>Pursue when</source>
            <translation>跟进的条件</translation>
        </message>
        <message>
            <source>Drop when</source>
            <translation>放弃的条件</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <source>pursue</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>drop</source>
            <translation>放弃</translation>
        </message>
        <message>
            <source>Decision milestones (%1 of %2 done)</source>
            <translation>决策里程碑（已完成 %1 / %2）</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>里程碑</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Missing information and red flags</source>
            <translation>缺失信息和危险信号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>Competition</source>
            <translation>竞争</translation>
        </message>
        <message>
            <source>No competitor recorded.</source>
            <translation>未记录竞争对手。</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>优势</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>劣势</translation>
        </message>
        <message>
            <source>Their supporters</source>
            <translation>其支持者</translation>
        </message>
        <message>
            <source>Our strategy</source>
            <translation>我方策略</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>No action planned.</source>
            <translation>未计划任何行动。</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>资源</translation>
        </message>
        <message>
            <source>Promises beyond standard terms</source>
            <translation>超出标准条款的承诺</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>On</source>
            <translation>日期</translation>
        </message>
    </context>
    <context>
        <name>DealValidation</name>
        <message>
            <source>A deal needs a name.</source>
            <translation>商机需要名称。</translation>
        </message>
        <message>
            <source>The deal name is longer than %1 characters.</source>
            <translation>商机名称超过 %1 个字符。</translation>
        </message>
        <message>
            <source>"%1" is not a three-letter currency code such as USD or EUR.</source>
            <translation>“%1”不是三个字母的货币代码（如 USD 或 EUR）。</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>金额不能为负。</translation>
        </message>
        <message>
            <source>The amount is too large.</source>
            <translation>金额过大。</translation>
        </message>
        <message>
            <source>The close date %1 is out of range.</source>
            <translation>成交日期 %1 超出范围。</translation>
        </message>
        <message>
            <source>The deal's pipeline does not exist.</source>
            <translation>该商机的销售管道不存在。</translation>
        </message>
        <message>
            <source>The deal's stage is not a stage of its pipeline.</source>
            <translation>该商机的阶段不属于其销售管道。</translation>
        </message>
        <message>
            <source>A lost deal needs a lost reason.</source>
            <translation>丢单需要填写丢单原因。</translation>
        </message>
        <message>
            <source>The source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>The competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <source>The external id</source>
            <translation>外部 ID</translation>
        </message>
    </context>
    <context>
        <name>DefaultPipeline</name>
        <message>
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Contact with a named person at a target account</source>
            <translation>与目标客户中的具体联系人建立联系</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>商机确认</translation>
        </message>
        <message>
            <source>Need, owner and rough budget confirmed</source>
            <translation>需求、负责人和大致预算已确认</translation>
        </message>
        <message>
            <source>Needs confirmed</source>
            <translation>需求确认</translation>
        </message>
        <message>
            <source>Customer confirmed the problem and its business impact</source>
            <translation>客户确认了问题及其业务影响</translation>
        </message>
        <message>
            <source>Solution / POC</source>
            <translation>方案验证</translation>
        </message>
        <message>
            <source>Evaluation criteria agreed; demo or proof of concept under way</source>
            <translation>评估标准已商定；演示或概念验证进行中</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>商务报价</translation>
        </message>
        <message>
            <source>Proposal sent to the economic buyer</source>
            <translation>报价已发送给经济决策人</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>谈判</translation>
        </message>
        <message>
            <source>Verbal selection; contract in legal or procurement</source>
            <translation>口头选定；合同在法务或采购流程中</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>Contract signed</source>
            <translation>合同已签署</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <source>Customer chose otherwise or made no decision</source>
            <translation>客户选择了其他方案或未做决定</translation>
        </message>
        <message>
            <source>Sales pipeline</source>
            <translation>销售管道</translation>
        </message>
    </context>
    <context>
        <name>DemoGenerator</name>
        <message>
            <source>The demo data needs a valid "today".</source>
            <translation>演示数据需要有效的“今天”日期。</translation>
        </message>
        <message>
            <source>Counts of deals, managers and interactions cannot be negative.</source>
            <translation>商机、经理和客户接触的数量不能为负数。</translation>
        </message>
        <message>
            <source>The demo data needs at least one rep.</source>
            <translation>演示数据至少需要一名销售代表。</translation>
        </message>
        <message>
            <source>"%1" is not a three-letter currency code such as USD or EUR.</source>
            <translation>“%1”不是三个字母的货币代码（如 USD 或 EUR）。</translation>
        </message>
        <message>
            <source>The default pipeline is missing from the new file.</source>
            <translation>新文件中缺少默认销售管道。</translation>
        </message>
    </context>
    <context>
        <name>DemoWorkspace</name>
        <message>
            <source>The demo workspace could not be generated: %1</source>
            <translation>无法生成演示工作区：%1</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>演示</translation>
        </message>
    </context>
    <context>
        <name>EditDealCommand</name>
        <message>
            <source>Edit “%1”</source>
            <translation>编辑“%1”</translation>
        </message>
    </context>
    <context>
        <name>ExchangeMenus</name>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>导入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export Data</source>
            <translation>导出数据(&amp;E)</translation>
        </message>
        <message>
            <source>Import &amp;History…</source>
            <translation>导入历史(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Deals (CSV)…</source>
            <translation>商机（CSV）(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Accounts (CSV)…</source>
            <translation>客户（CSV）(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Contacts (CSV)…</source>
            <translation>联系人（CSV）(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Interactions (CSV)…</source>
            <translation>客户接触（CSV）(&amp;I)…</translation>
        </message>
        <message>
            <source>Next Steps and Planned Interactions (iCalendar)…</source>
            <translation>下一步和计划的客户接触（iCalendar）…</translation>
        </message>
        <message>
            <source>Export Calendar</source>
            <translation>导出日历</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar 文件 (*.ics)</translation>
        </message>
        <message>
            <source>Contacts of a Deal (vCard)…</source>
            <translation>商机的联系人（vCard）…</translation>
        </message>
        <message>
            <source>Export &amp;Report…</source>
            <translation>导出报告(&amp;R)…</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>导出为 CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Export Contacts</source>
            <translation>导出联系人</translation>
        </message>
        <message>
            <source>Contacts of the deal:</source>
            <translation>该商机的联系人：</translation>
        </message>
        <message>
            <source>Export Contacts as vCard</source>
            <translation>将联系人导出为 vCard</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>vCard 文件 (*.vcf)</translation>
        </message>
    </context>
    <context>
        <name>FlowState</name>
        <message>
            <source>New</source>
            <translation>流入</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>下流</translation>
        </message>
        <message>
            <source>Regressed</source>
            <translation>回溯</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>停滞</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>流失</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>Steady</source>
            <translation>持平</translation>
        </message>
        <message>
            <source>Created in the period, or reopened after it was closed</source>
            <translation>在本期内创建，或关闭后重新打开</translation>
        </message>
        <message>
            <source>At a later stage than at the start of the period</source>
            <translation>所处阶段晚于期初</translation>
        </message>
        <message>
            <source>At an earlier stage than at the start of the period</source>
            <translation>所处阶段早于期初</translation>
        </message>
        <message>
            <source>No stage change and no interaction for longer than the stage's rotting threshold</source>
            <translation>超过该阶段停滞阈值既无阶段变化也无客户接触</translation>
        </message>
        <message>
            <source>Closed lost in the period</source>
            <translation>本期内丢单</translation>
        </message>
        <message>
            <source>Closed won in the period</source>
            <translation>本期内赢单</translation>
        </message>
        <message>
            <source>None of the above</source>
            <translation>以上都不是</translation>
        </message>
    </context>
    <context>
        <name>ForecastCategory</name>
        <message>
            <source>Pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>最佳情况</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已成交</translation>
        </message>
        <message>
            <source>Omitted</source>
            <translation>排除</translation>
        </message>
    </context>
    <context>
        <name>ForecastChart</name>
        <message>
            <source>Q%1 %2</source>
            <translation>%2 年第 %1 季度</translation>
        </message>
        <message>
            <source>Closed won</source>
            <translation>已赢单</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>最佳情况</translation>
        </message>
        <message>
            <source>Weighted pipeline</source>
            <translation>加权管道</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>配额</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Closed won: %1&lt;br&gt;Commit: %2&lt;br&gt;Best case: %3&lt;br&gt;Pipeline: %4&lt;br&gt;Weighted pipeline: %5</source>
            <translation>已赢单：%1&lt;br&gt;承诺：%2&lt;br&gt;最佳情况：%3&lt;br&gt;管道：%4&lt;br&gt;加权管道：%5</translation>
        </message>
        <message>
            <source>&lt;br&gt;Quota: %1 (attained %2)</source>
            <translation>&lt;br&gt;配额：%1（完成 %2）</translation>
        </message>
        <message>
            <source>&lt;br&gt;Quota: none set</source>
            <translation>&lt;br&gt;配额：未设定</translation>
        </message>
        <message>
            <source>Nothing closed and nothing expected to close in this period.</source>
            <translation>本期没有成交，也没有预计成交的商机。</translation>
        </message>
        <message>
            <source>; the dashed line the quota</source>
            <translation>；虚线为配额</translation>
        </message>
        <message>
            <source>Closed won %1</source>
            <translation>已赢单 %1</translation>
        </message>
        <message>
            <source> against a quota of %1 (%2).</source>
            <translation>，配额为 %1（%2）。</translation>
        </message>
        <message>
            <source>. No quotas are set for this period, so the quota line is left out.</source>
            <translation>。本期未设定配额，因此不显示配额线。</translation>
        </message>
        <message>
            <source>Open deals count in the month of their expected close date, omitted ones not at all.</source>
            <translation>进行中商机计入其预计成交日期所在月份，已排除的商机不计入。</translation>
        </message>
        <message>
            <source>One scale for every rep, in %1: bars are closed won, commit and best case; the orange line is the weighted open pipeline%2.</source>
            <translation>所有销售代表使用同一刻度，单位 %1：柱形为已赢单、承诺和最佳情况；橙色线为加权在途管道%2。</translation>
        </message>
    </context>
    <context>
        <name>ForecastModel</name>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>The sum of the reps' quotas</source>
            <translation>销售代表配额之和</translation>
        </message>
        <message>
            <source>Double-click to set the quota</source>
            <translation>双击设定配额</translation>
        </message>
        <message>
            <source>Open pipeline closing in the period ÷ quota still to close</source>
            <translation>本期内预计成交的在途管道 ÷ 尚待完成的配额</translation>
        </message>
        <message>
            <source>1 ÷ the win rate of the last 12 months (%1)</source>
            <translation>1 ÷ 最近 12 个月的赢单率（%1）</translation>
        </message>
        <message>
            <source>No deals closed in the last 12 months</source>
            <translation>最近 12 个月没有关闭的商机</translation>
        </message>
        <message>
            <source>Open amount × stage probability</source>
            <translation>在途金额 × 阶段概率</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已成交</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>最佳情况</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>加权</translation>
        </message>
        <message>
            <source>Open pipeline</source>
            <translation>在途管道</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>配额</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖率</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>所需</translation>
        </message>
    </context>
    <context>
        <name>FunnelChart</name>
        <message>
            <source>No open deals in this pipeline for this filter.</source>
            <translation>此筛选条件下该管道中没有进行中的商机。</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n 个商机</numerusform>
            </translation>
        </message>
        <message>
            <source>↓ %1 moved on</source>
            <translation>↓ %1 向前推进</translation>
        </message>
        <message>
            <source>↓ no exits in period</source>
            <translation>↓ 本期无流出</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (default probability %2)&lt;br&gt;%3 open deals&lt;br&gt;Amount: %4&lt;br&gt;Weighted: %5&lt;br&gt;Left the stage in the period: %6, moved forward: %7</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;（默认概率 %2）&lt;br&gt;%3 个进行中商机&lt;br&gt;金额：%4&lt;br&gt;加权：%5&lt;br&gt;本期离开该阶段：%6，向前推进：%7</translation>
        </message>
        <message>
            <source>Open pipeline now: %1 deals, %2, weighted %3. Between the stages: the share of the deals that left a stage in the period and moved forward (to a later stage or won).</source>
            <translation>当前在途管道：%1 个商机，%2，加权 %3。阶段之间：本期离开某阶段并向前推进（进入后续阶段或赢单）的商机占比。</translation>
        </message>
    </context>
    <context>
        <name>FunnelPage</name>
        <message>
            <source>All flow states</source>
            <translation>全部流动状态</translation>
        </message>
        <message>
            <source>Filter by owner, account or deal</source>
            <translation>按负责人、客户或商机筛选</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>周期：</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Reps:</source>
            <translation>销售代表：</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>需要关注</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Since the last review</source>
            <translation>自上次复盘以来</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>最近 7 天</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>本季度</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>正在更新…</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s), %1 – %2</source>
            <translation>
                <numerusform>%n 个商机，%1 – %2</numerusform>
            </translation>
        </message>
        <message>
            <source>(no exchange rate for %1: left out of totals)</source>
            <translation>（%1 无汇率：未计入合计）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>Forecast %1 – %2, in %3</source>
            <translation>预测 %1 – %2，单位 %3</translation>
        </message>
        <message>
            <source>Stages and funnel shape</source>
            <translation>阶段与漏斗形状</translation>
        </message>
        <message>
            <source>Needs attention (%L1)</source>
            <translation>需要关注（%L1）</translation>
        </message>
    </context>
    <context>
        <name>FunnelShape</name>
        <message>
            <source>Too few open deals (%1) to judge the shape of the funnel.</source>
            <translation>进行中的商机太少（%1 个），无法判断漏斗形状。</translation>
        </message>
        <message>
            <source>The top of the funnel is thin: %1 holds %2 of open deals vs %3 expected — prospecting is short.</source>
            <translation>漏斗顶部太薄：%1 只占进行中商机的 %2，预期为 %3——开拓不足。</translation>
        </message>
        <message>
            <source>Deals pile up in %1: %2 of open deals vs %3 expected — they are not being advanced or closed.</source>
            <translation>商机堆积在 %1：占进行中商机的 %2，预期为 %3——商机没有被推进或成交。</translation>
        </message>
        <message>
            <source>The funnel narrows steadily from %1 to %2.</source>
            <translation>漏斗从 %1 到 %2 逐级收窄。</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
    </context>
    <context>
        <name>FunnelTableModel</name>
        <message>
            <source>(new)</source>
            <translation>（新）</translation>
        </message>
        <message>
            <source>%1 (reopened)</source>
            <translation>%1（重新打开）</translation>
        </message>
        <message numerus="yes">
            <source>Moved back to an earlier stage during the period (%n stage change(s)).</source>
            <translation>
                <numerusform>本期内回退到更早的阶段（%n 次阶段变化）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Also stalled: no stage change and no interaction for too long.</source>
            <translation>同时停滞：太久没有阶段变化和客户接触。</translation>
        </message>
        <message>
            <source>Owned by %1 at the start of the period</source>
            <translation>期初由 %1 负责</translation>
        </message>
        <message>
            <source>Was %1 at the start of the period</source>
            <translation>期初为 %1</translation>
        </message>
        <message>
            <source>No exchange rate for %1: left out of the totals</source>
            <translation>%1 无汇率：未计入合计</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Stage at start</source>
            <translation>期初阶段</translation>
        </message>
        <message>
            <source>Stage now</source>
            <translation>当前阶段</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>阶段停留天数</translation>
        </message>
        <message>
            <source>Close date</source>
            <translation>成交日期</translation>
        </message>
        <message>
            <source>Slipped</source>
            <translation>推迟次数</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>加权</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>流动</translation>
        </message>
    </context>
    <context>
        <name>GenerateCommand</name>
        <message>
            <source>Writes a deterministic demo or benchmark workspace.</source>
            <translation>写出一个确定性的演示或基准测试工作区。</translation>
        </message>
        <message>
            <source>The workspace file to create (must not exist).</source>
            <translation>要创建的工作区文件（必须不存在）。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Number of deals (default 300).</source>
            <translation>商机数量（默认 300）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Number of reps (default 8).</source>
            <translation>销售代表数量（默认 8）。</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Number of managers the reps report to (default 2).</source>
            <translation>销售代表所汇报的经理数量（默认 2）。</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>Seed of the random choices (default 42).</source>
            <translation>随机选择的种子（默认 42）。</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>The day the history ends (default: today).</source>
            <translation>历史结束的日期（默认：今天）。</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Average interactions per deal (default 10).</source>
            <translation>每个商机的平均客户接触次数（默认 10）。</translation>
        </message>
        <message>
            <source>K</source>
            <translation>K</translation>
        </message>
        <message>
            <source>Base currency of the workspace (default USD).</source>
            <translation>工作区的本位币（默认 USD）。</translation>
        </message>
        <message>
            <source>CUR</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>generate needs --out FILE.</source>
            <translation>generate 需要 --out FILE。</translation>
        </message>
        <message>
            <source>--seed needs a whole number, not "%1".</source>
            <translation>--seed 需要整数，而不是“%1”。</translation>
        </message>
        <message>
            <source>--today needs a date such as 2026-06-30, not "%1".</source>
            <translation>--today 需要日期（如 2026-06-30），而不是“%1”。</translation>
        </message>
        <message>
            <source>%1 exists already; choose another file or remove it first.</source>
            <translation>%1 已存在；请选择其他文件或先将其删除。</translation>
        </message>
        <message>
            <source>Generating... %1 %</source>
            <translation>正在生成… %1 %</translation>
        </message>
        <message>
            <source>Wrote %1: %2 deals, %3 deal events, %4 interactions, %5 accounts, %6 contacts, %7 leads, %8 owners in %9 s.</source>
            <translation>已写入 %1：%2 个商机、%3 条商机事件、%4 次客户接触、%5 个客户、%6 个联系人、%7 条线索、%8 名负责人，用时 %9 秒。</translation>
        </message>
        <message>
            <source>--%1 needs a whole number of at least %2, not "%3".</source>
            <translation>--%1 需要不小于 %2 的整数，而不是“%3”。</translation>
        </message>
    </context>
    <context>
        <name>GoalsPage</name>
        <message>
            <source>&amp;New sheet</source>
            <translation>新建目标表(&amp;N)</translation>
        </message>
        <message>
            <source>Delete sheet</source>
            <translation>删除目标表</translation>
        </message>
        <message>
            <source>FY</source>
            <translation>财年</translation>
        </message>
        <message>
            <source>E&amp;xport Markdown</source>
            <translation>导出 Markdown(&amp;X)</translation>
        </message>
        <message>
            <source>Goal sheet as Markdown…</source>
            <translation>目标表导出为 Markdown…</translation>
        </message>
        <message>
            <source>Alignment as Markdown…</source>
            <translation>对齐视图导出为 Markdown…</translation>
        </message>
        <message>
            <source>&amp;Sheet</source>
            <translation>目标表(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Alignment</source>
            <translation>对齐(&amp;A)</translation>
        </message>
        <message>
            <source>Mid-year &amp;refresh</source>
            <translation>年中刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>人员(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Fiscal year:</source>
            <translation>财年(&amp;F)：</translation>
        </message>
        <message>
            <source>%1 (team)</source>
            <translation>%1（团队）</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>This workspace has no people yet: add the team before writing goal sheets.</source>
            <translation>此工作区还没有人员：请先添加团队，再编写目标表。</translation>
        </message>
        <message>
            <source>Open a workspace to see its goal sheets.</source>
            <translation>打开一个工作区以查看其目标表。</translation>
        </message>
        <message>
            <source>%1 has no goal sheet for FY%2 yet.</source>
            <translation>%1 还没有财年 %2 的目标表。</translation>
        </message>
        <message>
            <source>Write the goal sheet of %1</source>
            <translation>编写 %1 的目标表</translation>
        </message>
        <message>
            <source>Write a goal sheet first; snapshots of it appear here.</source>
            <translation>请先编写目标表；其快照会显示在这里。</translation>
        </message>
        <message>
            <source>Goal sheet not saved</source>
            <translation>目标表未保存</translation>
        </message>
        <message>
            <source>New goal sheet</source>
            <translation>新目标表</translation>
        </message>
        <message>
            <source>Delete goal sheet</source>
            <translation>删除目标表</translation>
        </message>
        <message>
            <source>Delete the goal sheet %1 of %2? Methods of the team linked to it will show as unlinked. Edit ▸ Undo brings it back.</source>
            <translation>删除 %2 的目标表 %1？团队中与之关联的方法将显示为未关联。“编辑 ▸ 撤销”可将其恢复。</translation>
        </message>
        <message>
            <source>Snapshot of %1</source>
            <translation>%1 的快照</translation>
        </message>
        <message>
            <source>Export Markdown</source>
            <translation>导出 Markdown</translation>
        </message>
        <message>
            <source>There is no goal sheet to export.</source>
            <translation>没有可导出的目标表。</translation>
        </message>
        <message>
            <source>Alignment FY%1 %2.md</source>
            <translation>对齐 财年%1 %2.md</translation>
        </message>
        <message>
            <source>V2MOM FY%1 %2.md</source>
            <translation>V2MOM 财年%1 %2.md</translation>
        </message>
        <message>
            <source>Export alignment</source>
            <translation>导出对齐视图</translation>
        </message>
        <message>
            <source>Export goal sheet</source>
            <translation>导出目标表</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>GuiOptions</name>
        <message>
            <source>The workspace to open.</source>
            <translation>要打开的工作区。</translation>
        </message>
        <message>
            <source>Colour theme: system, light or dark.</source>
            <translation>颜色主题：system、light 或 dark。</translation>
        </message>
        <message>
            <source>theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>The area to show first.</source>
            <translation>首先显示的区域。</translation>
        </message>
        <message>
            <source>area</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Save a picture of the window to a PNG file and exit.</source>
            <translation>将窗口截图保存为 PNG 文件后退出。</translation>
        </message>
        <message>
            <source>png</source>
            <translation>png</translation>
        </message>
        <message>
            <source>Window size for --screenshot.</source>
            <translation>--screenshot 的窗口大小。</translation>
        </message>
        <message>
            <source>WxH</source>
            <translation>宽x高</translation>
        </message>
        <message>
            <source>User-interface language: system, en, zh_CN or pl.</source>
            <translation>界面语言：system、en、zh_CN 或 pl。</translation>
        </message>
        <message>
            <source>language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Show the welcome page.</source>
            <translation>显示欢迎页。</translation>
        </message>
        <message>
            <source>Only one workspace file can be opened.</source>
            <translation>只能打开一个工作区文件。</translation>
        </message>
        <message>
            <source>Unknown theme %1: use system, light or dark.</source>
            <translation>未知主题 %1：请使用 system、light 或 dark。</translation>
        </message>
        <message>
            <source>Unknown area %1: use pipeline, behaviour, strategy, accounts, funnel, charts or goals.</source>
            <translation>未知区域 %1：请使用 pipeline、behaviour、strategy、accounts、funnel、charts 或 goals。</translation>
        </message>
        <message>
            <source>Unknown language %1: use system, en, zh_CN or pl.</source>
            <translation>未知语言 %1：请使用 system、en、zh_CN 或 pl。</translation>
        </message>
        <message>
            <source>--size takes WIDTHxHEIGHT, e.g. 1280x800.</source>
            <translation>--size 的格式为 宽x高，例如 1280x800。</translation>
        </message>
        <message>
            <source>Open the demo workspace (made on first use).</source>
            <translation>打开演示工作区（首次使用时创建）。</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Imports deals from another CRM's CSV export into a workspace.</source>
            <translation>将其他 CRM 导出的 CSV 商机导入工作区。</translation>
        </message>
        <message>
            <source>The workspace file (created when missing).</source>
            <translation>工作区文件（不存在时创建）。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Base currency of a new workspace and of amounts without one (default USD).</source>
            <translation>新工作区以及未注明货币金额的本位币（默认 USD）。</translation>
        </message>
        <message>
            <source>CUR</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>salesforce, salesforce-report, hubspot, pipedrive or generic (default: detected).</source>
            <translation>salesforce、salesforce-report、hubspot、pipedrive 或 generic（默认：自动识别）。</translation>
        </message>
        <message>
            <source>PRESET</source>
            <translation>预设</translation>
        </message>
        <message>
            <source>The CSV file.</source>
            <translation>CSV 文件。</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <translation>文件.csv</translation>
        </message>
        <message>
            <source>Salesforce OpportunityHistory.csv (optional).</source>
            <translation>Salesforce OpportunityHistory.csv（可选）。</translation>
        </message>
        <message>
            <source>[HISTORY.csv]</source>
            <translation>[历史.csv]</translation>
        </message>
        <message>
            <source>Usage: dealbench import --workspace FILE [--currency CUR] --preset salesforce|salesforce-report|hubspot|pipedrive|generic FILE.csv [HISTORY.csv]</source>
            <translation>用法：dealbench import --workspace FILE [--currency CUR] --preset salesforce|salesforce-report|hubspot|pipedrive|generic FILE.csv [HISTORY.csv]</translation>
        </message>
        <message>
            <source>Unknown preset "%1"; use one of: %2</source>
            <translation>未知预设“%1”；请使用以下之一：%2</translation>
        </message>
        <message>
            <source>--currency takes an ISO 4217 code such as USD, EUR or CNY.</source>
            <translation>--currency 需要 ISO 4217 代码，例如 USD、EUR 或 CNY。</translation>
        </message>
        <message>
            <source>%1: not imported: %2</source>
            <translation>%1：未导入：%2</translation>
        </message>
        <message>
            <source>%1: not imported: it is not a Salesforce OpportunityHistory.csv (%2)</source>
            <translation>%1：未导入：它不是 Salesforce OpportunityHistory.csv（%2）</translation>
        </message>
        <message>
            <source>OpportunityId, StageName and CreatedDate are needed</source>
            <translation>需要 OpportunityId、StageName 和 CreatedDate</translation>
        </message>
        <message>
            <source>%1: not imported: no column matches the %2 preset.</source>
            <translation>%1：未导入：没有列与 %2 预设匹配。</translation>
        </message>
        <message>
            <source>%1: %2 rows read (%3, %4 delimited), preset %5</source>
            <translation>%1：已读取 %2 行（%3，以%4分隔），预设 %5</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>deals: %1 created, %2 updated; skipped rows: %3</source>
            <translation>商机：新建 %1，更新 %2；跳过的行：%3</translation>
        </message>
        <message>
            <source>accounts: %1 created, %2 existing linked; owners: %3 created, %4 existing linked; contacts: %5 created; stages: %6 created</source>
            <translation>客户：新建 %1，关联已有 %2；负责人：新建 %3，关联已有 %4；联系人：新建 %5；阶段：新建 %6</translation>
        </message>
        <message>
            <source>%1 report footer lines after the data were left out</source>
            <translation>数据之后的 %1 行报表页脚已略去</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>Skipped rows:</source>
            <translation>跳过的行：</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>警告：</translation>
        </message>
        <message>
            <source>import %1 (can be reverted as a whole in the application)</source>
            <translation>导入 %1（可在应用程序中整体撤回）</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>分号</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>逗号</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>……另有 %1 条</translation>
        </message>
    </context>
    <context>
        <name>ImportField</name>
        <message>
            <source>(ignore)</source>
            <translation>（忽略）</translation>
        </message>
        <message>
            <source>Deal: ID in the other system</source>
            <translation>商机：在其他系统中的 ID</translation>
        </message>
        <message>
            <source>Deal: name</source>
            <translation>商机：名称</translation>
        </message>
        <message>
            <source>Account: name</source>
            <translation>客户：名称</translation>
        </message>
        <message>
            <source>Owner (rep)</source>
            <translation>负责人（销售代表）</translation>
        </message>
        <message>
            <source>Owner's manager</source>
            <translation>负责人的经理</translation>
        </message>
        <message>
            <source>Deal: stage</source>
            <translation>商机：阶段</translation>
        </message>
        <message>
            <source>Deal: status (open/won/lost)</source>
            <translation>商机：状态（open/won/lost）</translation>
        </message>
        <message>
            <source>Deal: won (true/false)</source>
            <translation>商机：赢单（true/false）</translation>
        </message>
        <message>
            <source>Deal: closed (true/false)</source>
            <translation>商机：已关闭（true/false）</translation>
        </message>
        <message>
            <source>Deal: amount</source>
            <translation>商机：金额</translation>
        </message>
        <message>
            <source>Deal: currency</source>
            <translation>商机：货币</translation>
        </message>
        <message>
            <source>Deal: probability</source>
            <translation>商机：概率</translation>
        </message>
        <message>
            <source>Deal: expected close date</source>
            <translation>商机：预计成交日期</translation>
        </message>
        <message>
            <source>Deal: created</source>
            <translation>商机：创建时间</translation>
        </message>
        <message>
            <source>Deal: last stage change</source>
            <translation>商机：最近一次阶段变化</translation>
        </message>
        <message>
            <source>Deal: won on</source>
            <translation>商机：赢单日期</translation>
        </message>
        <message>
            <source>Deal: lost on</source>
            <translation>商机：丢单日期</translation>
        </message>
        <message>
            <source>Deal: forecast category</source>
            <translation>商机：预测类别</translation>
        </message>
        <message>
            <source>Deal: lead source</source>
            <translation>商机：线索来源</translation>
        </message>
        <message>
            <source>Deal: lost reason</source>
            <translation>商机：丢单原因</translation>
        </message>
        <message>
            <source>Deal: product</source>
            <translation>商机：产品</translation>
        </message>
        <message>
            <source>Contact: name</source>
            <translation>联系人：姓名</translation>
        </message>
        <message>
            <source>Contact: e-mail</source>
            <translation>联系人：电子邮件</translation>
        </message>
        <message>
            <source>Contact: phone</source>
            <translation>联系人：电话</translation>
        </message>
        <message>
            <source>Contact: title</source>
            <translation>联系人：职位</translation>
        </message>
        <message>
            <source>Account: industry</source>
            <translation>客户：行业</translation>
        </message>
        <message>
            <source>Account: employees</source>
            <translation>客户：员工数</translation>
        </message>
        <message>
            <source>Account: region</source>
            <translation>客户：地区</translation>
        </message>
        <message>
            <source>Row deleted (true/false)</source>
            <translation>行已删除（true/false）</translation>
        </message>
    </context>
    <context>
        <name>ImportFilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>A CSV or TSV export of deals from Salesforce, HubSpot, Pipedrive or a spreadsheet. Nothing changes in the workspace until the last step.</source>
            <translation>来自 Salesforce、HubSpot、Pipedrive 或电子表格的 CSV 或 TSV 商机导出文件。在最后一步之前，工作区不会有任何变化。</translation>
        </message>
        <message>
            <source>optional: Salesforce OpportunityHistory.csv</source>
            <translation>可选：Salesforce OpportunityHistory.csv</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>导入 CSV</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>阶段历史</translation>
        </message>
        <message>
            <source>&amp;Deals file:</source>
            <translation>商机文件(&amp;D)：</translation>
        </message>
        <message>
            <source>Stage &amp;history:</source>
            <translation>阶段历史(&amp;H)：</translation>
        </message>
        <message>
            <source>%1 is not a stage history: it needs the columns OpportunityId, StageName and CreatedDate.</source>
            <translation>%1 不是阶段历史：需要 OpportunityId、StageName 和 CreatedDate 列。</translation>
        </message>
    </context>
    <context>
        <name>ImportFormatPage</name>
        <message>
            <source>Check how the file is read</source>
            <translation>检查文件的读取方式</translation>
        </message>
        <message>
            <source>Encoding and delimiter were detected; change them if the text below looks wrong.</source>
            <translation>已自动识别编码和分隔符；如果下方文本看起来不对，请修改。</translation>
        </message>
        <message>
            <source>Comma</source>
            <translation>逗号</translation>
        </message>
        <message>
            <source>Semicolon</source>
            <translation>分号</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>Vertical bar</source>
            <translation>竖线</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>编码(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>分隔符(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation>标题行(&amp;H)：</translation>
        </message>
        <message>
            <source>%1 data rows, %2 columns.</source>
            <translation>%1 行数据，%2 列。</translation>
        </message>
        <message>
            <source>Some bytes are not valid in this encoding; try another one.</source>
            <translation>部分字节在此编码下无效；请尝试其他编码。</translation>
        </message>
        <message numerus="yes">
            <source>%n footer line(s) after a blank line will be left out.</source>
            <translation>
                <numerusform>空行之后的 %n 行页脚将被略去。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) do not match the header: %1</source>
            <translation>
                <numerusform>%n 行与标题行不匹配：%1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <source>&amp;Revert Import…</source>
            <translation>撤回导入(&amp;R)…</translation>
        </message>
        <message>
            <source>Import History</source>
            <translation>导入历史</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>New deals</source>
            <translation>新商机</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>已更新</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>reverted %1</source>
            <translation>已于 %1 撤回</translation>
        </message>
        <message>
            <source>Revert Import</source>
            <translation>撤回导入</translation>
        </message>
        <message>
            <source>Take the deals, accounts and owners that the import of %1 created out of the workspace, and put back the values it changed? Rows edited since stay as they are.</source>
            <translation>从工作区中移除 %1 的导入所创建的商机、客户和负责人，并恢复其修改过的值？此后编辑过的行保持不变。</translation>
        </message>
        <message>
            <source>Reverted %1 rows.</source>
            <translation>已撤回 %1 行。</translation>
        </message>
        <message>
            <source>Reverted %1 rows. %2 rows were edited after the import (or are used by such rows) and were left as they are.</source>
            <translation>已撤回 %1 行。%2 行在导入后被编辑过（或被此类行使用），已保持原样。</translation>
        </message>
    </context>
    <context>
        <name>ImportMappingPage</name>
        <message>
            <source>Map the columns</source>
            <translation>映射列</translation>
        </message>
        <message>
            <source>Choose what each column holds. The mapping is remembered for files with the same columns.</source>
            <translation>选择每一列的内容。对于列相同的文件，映射会被记住。</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>前几个值</translation>
        </message>
        <message>
            <source>Dealbench field</source>
            <translation>Dealbench 字段</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>预设(&amp;P)：</translation>
        </message>
        <message>
            <source>Using the mapping you chose the last time a file with these columns was imported.</source>
            <translation>使用上次导入具有这些列的文件时你选择的映射。</translation>
        </message>
        <message>
            <source>Preset detected from the column names.</source>
            <translation>已根据列名识别预设。</translation>
        </message>
    </context>
    <context>
        <name>ImportPlanner</name>
        <message>
            <source>deleted in the other system</source>
            <translation>已在其他系统中删除</translation>
        </message>
        <message>
            <source>not a number of employees: %1</source>
            <translation>不是有效的员工数：%1</translation>
        </message>
        <message>
            <source>the row names no deal</source>
            <translation>该行没有商机名称</translation>
        </message>
        <message>
            <source>not a probability: %1</source>
            <translation>不是有效的概率：%1</translation>
        </message>
        <message>
            <source>no stage</source>
            <translation>没有阶段</translation>
        </message>
        <message>
            <source>the amount "%1" is not a number</source>
            <translation>金额“%1”不是数字</translation>
        </message>
        <message>
            <source>not a date: %1</source>
            <translation>不是日期：%1</translation>
        </message>
        <message>
            <source>duplicate of row %1</source>
            <translation>与第 %1 行重复</translation>
        </message>
        <message>
            <source>Stage history: %1 deals got their stage changes.</source>
            <translation>阶段历史：%1 个商机获得了其阶段变化记录。</translation>
        </message>
    </context>
    <context>
        <name>ImportPresets</name>
        <message>
            <source>Salesforce data export (Opportunity.csv)</source>
            <translation>Salesforce 数据导出（Opportunity.csv）</translation>
        </message>
        <message>
            <source>Salesforce opportunity report</source>
            <translation>Salesforce 商机报表</translation>
        </message>
        <message>
            <source>HubSpot deals export</source>
            <translation>HubSpot 交易导出</translation>
        </message>
        <message>
            <source>Pipedrive deals export</source>
            <translation>Pipedrive 交易导出</translation>
        </message>
        <message>
            <source>Generic (match columns by name)</source>
            <translation>通用（按名称匹配列）</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>The first 100 rows. Red cells cannot be read; green accounts and owners exist already and will be linked.</source>
            <translation>前 100 行。红色单元格无法读取；绿色的客户和负责人已存在，将被关联。</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Stage in the file</source>
            <translation>文件中的阶段</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>对应为</translation>
        </message>
        <message>
            <source>Stages the pipeline does not have:</source>
            <translation>销售管道中没有的阶段：</translation>
        </message>
        <message>
            <source>New stage "%1"</source>
            <translation>新阶段“%1”</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>skipped: %1</source>
            <translation>跳过：%1</translation>
        </message>
        <message>
            <source>update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>new deal</source>
            <translation>新商机</translation>
        </message>
        <message>
            <source>details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Linked to the existing account "%1"</source>
            <translation>关联到已有客户“%1”</translation>
        </message>
        <message>
            <source>Linked to the existing owner "%1"</source>
            <translation>关联到已有负责人“%1”</translation>
        </message>
        <message>
            <source>%1 rows: %2 new deals, %3 updates, %4 skipped, %5 warnings. Accounts: %6 new, %7 existing linked. Owners: %8 new, %9 existing linked. New stages: %10.</source>
            <translation>%1 行：%2 个新商机，%3 个更新，%4 个跳过，%5 条警告。客户：新建 %6，关联已有 %7。负责人：新建 %8，关联已有 %9。新阶段：%10。</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln row(s) against the workspace…</source>
            <translation>
                <numerusform>正在对照工作区检查 %Ln 行…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportResultPage</name>
        <message>
            <source>Import report</source>
            <translation>导入报告</translation>
        </message>
        <message>
            <source>The file was imported. Edit ▸ Import History can revert it as a whole.</source>
            <translation>文件已导入。可通过“编辑 ▸ 导入历史”整体撤回。</translation>
        </message>
        <message>
            <source>Nothing was imported; the workspace is unchanged.</source>
            <translation>未导入任何内容；工作区没有变化。</translation>
        </message>
        <message>
            <source>Rows read: %1</source>
            <translation>已读取行数：%1</translation>
        </message>
        <message>
            <source>Deals: %1 created, %2 updated</source>
            <translation>商机：新建 %1，更新 %2</translation>
        </message>
        <message>
            <source>Accounts: %1 created, %2 existing linked</source>
            <translation>客户：新建 %1，关联已有 %2</translation>
        </message>
        <message>
            <source>Owners: %1 created, %2 existing linked</source>
            <translation>负责人：新建 %1，关联已有 %2</translation>
        </message>
        <message>
            <source>Contacts created: %1; stages created: %2</source>
            <translation>新建联系人：%1；新建阶段：%2</translation>
        </message>
        <message>
            <source>Report footer lines left out: %1</source>
            <translation>略去的报表页脚行：%1</translation>
        </message>
        <message>
            <source>Rows skipped (%1):</source>
            <translation>跳过的行（%1）：</translation>
        </message>
        <message>
            <source>  line %1: %2</source>
            <translation>  第 %1 行：%2</translation>
        </message>
        <message>
            <source>Warnings (%1):</source>
            <translation>警告（%1）：</translation>
        </message>
        <message>
            <source>Cancel Import</source>
            <translation>取消导入</translation>
        </message>
        <message>
            <source>Cancelling: rolling back…</source>
            <translation>正在取消：回滚中…</translation>
        </message>
        <message>
            <source>Importing in one transaction: Cancel leaves the workspace as it was.</source>
            <translation>在一个事务中导入：取消后工作区保持原样。</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>正在开始…</translation>
        </message>
        <message>
            <source>Checking rows: %1 of %2</source>
            <translation>正在检查行：%1 / %2</translation>
        </message>
        <message>
            <source>Writing deals: %1 of %2</source>
            <translation>正在写入商机：%1 / %2</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>未导入</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import CSV</source>
            <translation>导入 CSV</translation>
        </message>
    </context>
    <context>
        <name>InfoCommand</name>
        <message>
            <source>Shows what is in a workspace file.</source>
            <translation>显示工作区文件中的内容。</translation>
        </message>
        <message>
            <source>The workspace file to read.</source>
            <translation>要读取的工作区文件。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Print JSON for scripts instead of text.</source>
            <translation>输出供脚本使用的 JSON，而不是文本。</translation>
        </message>
        <message>
            <source>info needs --workspace FILE.</source>
            <translation>info 需要 --workspace FILE。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>工作区</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Format version</source>
            <translation>格式版本</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>进行中的商机</translation>
        </message>
        <message>
            <source>Won deals</source>
            <translation>赢单商机</translation>
        </message>
        <message>
            <source>Lost deals</source>
            <translation>丢单商机</translation>
        </message>
        <message>
            <source>Open amount</source>
            <translation>进行中金额</translation>
        </message>
        <message>
            <source>Won amount</source>
            <translation>赢单金额</translation>
        </message>
        <message>
            <source>Lost amount</source>
            <translation>丢单金额</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Owners</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>客户接触</translation>
        </message>
        <message>
            <source>Deal events</source>
            <translation>商机事件</translation>
        </message>
        <message>
            <source>Open deals by stage:</source>
            <translation>各阶段进行中的商机：</translation>
        </message>
    </context>
    <context>
        <name>InputRules</name>
        <message>
            <source>%1 is longer than %2 characters.</source>
            <translation>%1 超过 %2 个字符。</translation>
        </message>
        <message>
            <source>%1 must lie between the years %2 and %3.</source>
            <translation>%1 必须在 %2 年到 %3 年之间。</translation>
        </message>
        <message>
            <source>%1 cannot be negative.</source>
            <translation>%1 不能为负。</translation>
        </message>
        <message>
            <source>%1 is too large.</source>
            <translation>%1 过大。</translation>
        </message>
    </context>
    <context>
        <name>InteractionForm</name>
        <message>
            <source>Change the date</source>
            <translation>更改日期</translation>
        </message>
        <message>
            <source>Change the type</source>
            <translation>更改类型</translation>
        </message>
        <message>
            <source>Change the appointment</source>
            <translation>更改约访</translation>
        </message>
        <message>
            <source>Referral from the CFO, cold call …</source>
            <translation>财务总监推荐、陌生电话……</translation>
        </message>
        <message>
            <source>Edit how it was secured</source>
            <translation>编辑约访方式</translation>
        </message>
        <message>
            <source>Change who was met</source>
            <translation>更改会见人员</translation>
        </message>
        <message>
            <source>Agree to a technical workshop with IT</source>
            <translation>同意与 IT 部门举行技术研讨会</translation>
        </message>
        <message>
            <source>Edit the objective</source>
            <translation>编辑行动目标</translation>
        </message>
        <message>
            <source>Edit the minimum objective</source>
            <translation>编辑最低目标</translation>
        </message>
        <message>
            <source>Opening; situation, problem, implication and need-payoff questions; what to show</source>
            <translation>开场；背景、难点、暗示和需求-效益问题；展示内容</translation>
        </message>
        <message>
            <source>Edit the conversation logic</source>
            <translation>编辑会谈逻辑</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>时间(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>类型(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Appointment</source>
            <translation>约访(&amp;A)</translation>
        </message>
        <message>
            <source>How secured</source>
            <translation>约访方式</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>会见的联系人</translation>
        </message>
        <message>
            <source>&amp;Objective</source>
            <translation>行动目标(&amp;O)</translation>
        </message>
        <message>
            <source>Minimum objective</source>
            <translation>最低目标</translation>
        </message>
        <message>
            <source>Conversation logic</source>
            <translation>会谈逻辑</translation>
        </message>
        <message>
            <source>Edit the customer needs</source>
            <translation>编辑客户需求</translation>
        </message>
        <message>
            <source>In the customer's words</source>
            <translation>用客户自己的话</translation>
        </message>
        <message>
            <source>Edit the advantages</source>
            <translation>编辑优势</translation>
        </message>
        <message>
            <source>Set the outcome</source>
            <translation>设定结果</translation>
        </message>
        <message>
            <source>Edit the commitment</source>
            <translation>编辑承诺</translation>
        </message>
        <message>
            <source>Edit the next step</source>
            <translation>编辑下一步</translation>
        </message>
        <message>
            <source>Change the next-step date</source>
            <translation>更改下一步日期</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>复盘</translation>
        </message>
        <message>
            <source>Customer needs</source>
            <translation>客户需求</translation>
        </message>
        <message>
            <source>Advantages that moved them</source>
            <translation>打动他们的优势</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>结果(&amp;U)</translation>
        </message>
        <message>
            <source>Commitment obtained</source>
            <translation>获得的承诺</translation>
        </message>
        <message>
            <source>&amp;Next step</source>
            <translation>下一步(&amp;N)</translation>
        </message>
        <message>
            <source>Next step date</source>
            <translation>下一步日期</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>辅导</translation>
        </message>
        <message>
            <source>Edit the coaching note</source>
            <translation>编辑辅导备注</translation>
        </message>
        <message>
            <source>Manager's note</source>
            <translation>经理备注</translation>
        </message>
        <message>
            <source>Rate a skill</source>
            <translation>技能评分</translation>
        </message>
        <message>
            <source>Select an interaction, or plan one with Ctrl+Shift+N.</source>
            <translation>选择一次客户接触，或按 Ctrl+Shift+N 计划一次。</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Behaviour table</source>
            <translation>销售行为控制表</translation>
        </message>
        <message>
            <source>Log review</source>
            <translation>记录复盘</translation>
        </message>
    </context>
    <context>
        <name>InteractionService</name>
        <message>
            <source>An interaction needs a date and time.</source>
            <translation>客户接触需要日期和时间。</translation>
        </message>
        <message>
            <source>Skill ratings go from 1 to 5.</source>
            <translation>技能评分为 1 到 5。</translation>
        </message>
        <message>
            <source>The interaction no longer exists.</source>
            <translation>该客户接触已不存在。</translation>
        </message>
        <message>
            <source>The date and time</source>
            <translation>日期和时间</translation>
        </message>
        <message>
            <source>The next step's date</source>
            <translation>下一步的日期</translation>
        </message>
        <message>
            <source>How the appointment was secured</source>
            <translation>约访方式</translation>
        </message>
        <message>
            <source>The best objective</source>
            <translation>最佳目标</translation>
        </message>
        <message>
            <source>The minimum objective</source>
            <translation>最低目标</translation>
        </message>
        <message>
            <source>The conversation logic</source>
            <translation>会谈逻辑</translation>
        </message>
        <message>
            <source>The customer's needs</source>
            <translation>客户需求</translation>
        </message>
        <message>
            <source>The advantages</source>
            <translation>优势</translation>
        </message>
        <message>
            <source>The commitment</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>The next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>The coach's note</source>
            <translation>辅导备注</translation>
        </message>
    </context>
    <context>
        <name>LeadSource</name>
        <message>
            <source>Referral</source>
            <translation>转介绍</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>社交媒体</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>网络研讨会</translation>
        </message>
        <message>
            <source>Email campaign</source>
            <translation>邮件营销</translation>
        </message>
        <message>
            <source>Purchased list</source>
            <translation>购买的名单</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>主动外呼</translation>
        </message>
    </context>
    <context>
        <name>LeadSourceChart</name>
        <message>
            <source>No leads came in during this period for this filter.</source>
            <translation>此筛选条件下本期没有新线索。</translation>
        </message>
        <message>
            <source>Lead → opportunity</source>
            <translation>线索 → 商机</translation>
        </message>
        <message>
            <source>Opportunity → won</source>
            <translation>商机 → 赢单</translation>
        </message>
        <message>
            <source>Lead → won</source>
            <translation>线索 → 赢单</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Rate (%)</source>
            <translation>比率（%）</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Leads: %2&lt;br&gt;Opportunities: %3 (%4)&lt;br&gt;Won: %5 (%6 of opportunities, %7 of leads)&lt;br&gt;Median days to convert: %8</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;线索：%2&lt;br&gt;商机：%3（%4）&lt;br&gt;赢单：%5（占商机 %6，占线索 %7）&lt;br&gt;转化天数中位数：%8</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Lead → opp.</source>
            <translation>线索 → 商机</translation>
        </message>
        <message>
            <source>Opp. → won</source>
            <translation>商机 → 赢单</translation>
        </message>
        <message>
            <source>Median days to convert</source>
            <translation>转化天数中位数</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>全部来源</translation>
        </message>
        <message>
            <source>Leads created in the period (count in brackets) and what became of them so far: opportunity → won counts every opportunity, still open ones too, so recent leads look weaker until their deals close. Sorted by lead → won.</source>
            <translation>本期创建的线索（括号内为数量）及其至今的结果：“商机 → 赢单”计入所有商机（包括仍在进行中的），因此近期线索在其商机成交前看起来较弱。按“线索 → 赢单”排序。</translation>
        </message>
    </context>
    <context>
        <name>LostReason</name>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <source>No decision</source>
            <translation>未做决定</translation>
        </message>
        <message>
            <source>No budget</source>
            <translation>没有预算</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>时机</translation>
        </message>
        <message>
            <source>Product fit</source>
            <translation>产品匹配度</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <source>Mark as lost</source>
            <translation>标记为丢单</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>选择原因…</translation>
        </message>
        <message>
            <source>Who won the deal (optional)</source>
            <translation>谁赢得了这个商机（可选）</translation>
        </message>
        <message>
            <source>What happened (optional)</source>
            <translation>发生了什么（可选）</translation>
        </message>
        <message>
            <source>Why was “%1” lost?</source>
            <translation>为什么丢掉了“%1”？</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Dealbench</source>
            <translation>Dealbench</translation>
        </message>
        <message>
            <source>%1 — Dealbench</source>
            <translation>%1 — Dealbench</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>未打开工作区</translation>
        </message>
    </context>
    <context>
        <name>MeasureBinding</name>
        <message>
            <source>Entered by hand</source>
            <translation>手动录入</translation>
        </message>
        <message>
            <source>Closed-won amount</source>
            <translation>赢单金额</translation>
        </message>
        <message>
            <source>Collections received</source>
            <translation>已回款</translation>
        </message>
        <message>
            <source>New pipeline created</source>
            <translation>新建管道金额</translation>
        </message>
        <message>
            <source>Deals won</source>
            <translation>赢单数</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>赢单率</translation>
        </message>
        <message>
            <source>Average sales cycle</source>
            <translation>平均销售周期</translation>
        </message>
        <message>
            <source>Interactions with an action objective</source>
            <translation>有行动目标的客户接触</translation>
        </message>
        <message>
            <source>Deals created in a segment</source>
            <translation>某细分市场中新建的商机</translation>
        </message>
        <message>
            <source>Strategic accounts with an account plan</source>
            <translation>有客户经营计划的战略客户</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Own</source>
            <translation>本人</translation>
        </message>
        <message>
            <source>deals</source>
            <translation>个商机</translation>
        </message>
        <message>
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <source>interactions</source>
            <translation>次接触</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>个客户</translation>
        </message>
    </context>
    <context>
        <name>MeasureProgress</name>
        <message>
            <source>No target</source>
            <translation>无目标</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>尚无数据</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>Ahead</source>
            <translation>超前</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Behind</source>
            <translation>落后</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>已达成</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>未达成</translation>
        </message>
    </context>
    <context>
        <name>MeasuresPanel</name>
        <message>
            <source>Selected measure</source>
            <translation>所选指标</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>The first day the measure counts; empty: the fiscal year's first day</source>
            <translation>指标开始计算的第一天；留空：财年第一天</translation>
        </message>
        <message>
            <source>e.g. Enterprise</source>
            <translation>例如：大型企业</translation>
        </message>
        <message>
            <source>e.g. Financial services</source>
            <translation>例如：金融服务</translation>
        </message>
        <message>
            <source>Add up the entries</source>
            <translation>累加各条记录</translation>
        </message>
        <message>
            <source>Take the latest entry</source>
            <translation>取最新一条记录</translation>
        </message>
        <message>
            <source>Change measure start</source>
            <translation>更改指标开始日期</translation>
        </message>
        <message>
            <source>Change measure segment</source>
            <translation>更改指标细分市场</translation>
        </message>
        <message>
            <source>Change measure industry</source>
            <translation>更改指标行业</translation>
        </message>
        <message>
            <source>Change how entries count</source>
            <translation>更改记录的计算方式</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>开始(&amp;S)</translation>
        </message>
        <message>
            <source>Se&amp;gment / industry</source>
            <translation>细分市场 / 行业(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Entries</source>
            <translation>记录(&amp;E)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>衡量指标</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Value against the target; the tick is where the calendar says it should be by today</source>
            <translation>数值与目标对比；刻度线表示按日历到今天应达到的位置</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>节奏</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Whose</source>
            <translation>归属</translation>
        </message>
        <message>
            <source>Own data, or the team's: the person and everyone who reports to them</source>
            <translation>本人数据，或团队数据：本人及其所有下属</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>New measure</source>
            <translation>新指标</translation>
        </message>
        <message>
            <source>Add measure</source>
            <translation>添加指标</translation>
        </message>
        <message>
            <source>Remove measure</source>
            <translation>删除指标</translation>
        </message>
        <message>
            <source>Edit measure</source>
            <translation>编辑指标</translation>
        </message>
        <message>
            <source>Add a measure: a number with a target and a due date.</source>
            <translation>添加衡量指标：一个带目标值和截止日期的数字。</translation>
        </message>
        <message>
            <source>Selected measure: %1</source>
            <translation>所选指标：%1</translation>
        </message>
        <message>
            <source>Live from the pipeline: %1, %2 (%3 behind the value).</source>
            <translation>实时来自销售管道：%1，%2（%3 为数值依据）。</translation>
        </message>
        <message>
            <source>Left out for want of an exchange rate: %1.</source>
            <translation>因缺少汇率未计入：%1。</translation>
        </message>
        <message>
            <source>Entered by hand: add an entry with its date whenever there is progress.</source>
            <translation>手动录入：每当有进展时添加一条带日期的记录。</translation>
        </message>
        <message>
            <source>Period: %1 to %2.</source>
            <translation>周期：%1 至 %2。</translation>
        </message>
        <message>
            <source>By today the calendar asks for %1.</source>
            <translation>按日历，到今天应达到 %1。</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>添加记录</translation>
        </message>
        <message>
            <source>Remove entry</source>
            <translation>删除记录</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>编辑记录</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <source>it contains an unexpected %1</source>
            <translation>其中包含意外的 %1</translation>
        </message>
        <message>
            <source>its %1 differs from this version's</source>
            <translation>其 %1 与本版本不同</translation>
        </message>
        <message>
            <source>it lacks the %1</source>
            <translation>缺少 %1</translation>
        </message>
    </context>
    <context>
        <name>MergeCommand</name>
        <message>
            <source>Imports team members' workspace files into a team workspace by row id: newer rows win, deletions carry over, conflicts are listed.</source>
            <translation>按行 ID 将团队成员的工作区文件导入团队工作区：较新的行优先，删除会同步，冲突会列出。</translation>
        </message>
        <message>
            <source>The team workspace to import into.</source>
            <translation>要导入到的团队工作区。</translation>
        </message>
        <message>
            <source>TEAM</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>The team members' workspace files.</source>
            <translation>团队成员的工作区文件。</translation>
        </message>
        <message>
            <source>REP...</source>
            <translation>销售代表…</translation>
        </message>
        <message>
            <source>Usage: dealbench merge --into TEAM.dealbench REP.dealbench...</source>
            <translation>用法：dealbench merge --into TEAM.dealbench REP.dealbench...</translation>
        </message>
        <message>
            <source>%1: not imported: %2</source>
            <translation>%1：未导入：%2</translation>
        </message>
        <message>
            <source>%1: %2 new rows, %3 updated, %4 conflicts, %5 rows left out</source>
            <translation>%1：%2 行新增，%3 行更新，%4 处冲突，%5 行未导入</translation>
        </message>
        <message>
            <source>Conflicts (the newer version was kept):</source>
            <translation>冲突（保留了较新的版本）：</translation>
        </message>
        <message>
            <source>Rows left out:</source>
            <translation>未导入的行：</translation>
        </message>
        <message>
            <source>… and %1 more (see the merge log in the team file)</source>
            <translation>……另有 %1 条（见团队文件中的合并日志）</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Add Files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Import Team Members' Files</source>
            <translation>导入团队成员的文件</translation>
        </message>
        <message>
            <source>Rows are matched by id: the newer version of each row wins, deletions carry over, and rows changed on both sides since the last import are listed below. Importing the same file again changes nothing.</source>
            <translation>按 ID 匹配行：每行以较新的版本为准，删除会同步，自上次导入以来双方都修改过的行列在下方。再次导入同一文件不会有任何变化。</translation>
        </message>
        <message>
            <source>Import Team Member's File</source>
            <translation>导入团队成员的文件</translation>
        </message>
        <message>
            <source>Dealbench workspaces (*.dealbench)</source>
            <translation>Dealbench 工作区 (*.dealbench)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>正在开始…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>%1: %2 new rows, %3 updated, %4 conflicts, %5 left out</source>
            <translation>%1：%2 行新增，%3 行更新，%4 处冲突，%5 行未导入</translation>
        </message>
        <message>
            <source>%1: cancelled, nothing imported</source>
            <translation>%1：已取消，未导入任何内容</translation>
        </message>
        <message>
            <source>%1: not imported: %2</source>
            <translation>%1：未导入：%2</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
    </context>
    <context>
        <name>MergeIssueModel</name>
        <message>
            <source>Left out</source>
            <translation>未导入</translation>
        </message>
        <message>
            <source>Conflict: their version kept</source>
            <translation>冲突：保留对方版本</translation>
        </message>
        <message>
            <source>Conflict: ours kept</source>
            <translation>冲突：保留我方版本</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>表</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Version not kept</source>
            <translation>未保留的版本</translation>
        </message>
    </context>
    <context>
        <name>MergeStore</name>
        <message>
            <source>changed in both files since the last import</source>
            <translation>自上次导入以来两个文件中都有修改</translation>
        </message>
    </context>
    <context>
        <name>MergeValidator</name>
        <message>
            <source>%1 is missing</source>
            <translation>缺少 %1</translation>
        </message>
        <message>
            <source>%1 is not text</source>
            <translation>%1 不是文本</translation>
        </message>
        <message>
            <source>%1 is too long</source>
            <translation>%1 过长</translation>
        </message>
        <message>
            <source>%1 is not a whole number</source>
            <translation>%1 不是整数</translation>
        </message>
        <message>
            <source>%1 is not a number</source>
            <translation>%1 不是数字</translation>
        </message>
        <message>
            <source>%1 is not a valid id</source>
            <translation>%1 不是有效的 ID</translation>
        </message>
        <message>
            <source>%1 is not a valid time</source>
            <translation>%1 不是有效的时间</translation>
        </message>
        <message>
            <source>%1 lies in the future</source>
            <translation>%1 在未来</translation>
        </message>
        <message>
            <source>%1 is not a valid date</source>
            <translation>%1 不是有效的日期</translation>
        </message>
        <message>
            <source>%1 is out of range</source>
            <translation>%1 超出范围</translation>
        </message>
        <message>
            <source>%1 is not a currency code</source>
            <translation>%1 不是货币代码</translation>
        </message>
        <message>
            <source>deleted is neither 0 nor 1</source>
            <translation>deleted 既不是 0 也不是 1</translation>
        </message>
        <message>
            <source>breaks the rule %1</source>
            <translation>违反规则 %1</translation>
        </message>
        <message>
            <source>%1 refers to a %2 row that is missing or was left out</source>
            <translation>%1 引用的 %2 行缺失或未导入</translation>
        </message>
        <message>
            <source>%1 is negative</source>
            <translation>%1 为负数</translation>
        </message>
        <message>
            <source>%1 is before %2 or after %3</source>
            <translation>%1 早于 %2 或晚于 %3</translation>
        </message>
    </context>
    <context>
        <name>MethodListModel</name>
        <message>
            <source>(untitled method)</source>
            <translation>（未命名方法）</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>linked method was removed</source>
            <translation>关联的方法已删除</translation>
        </message>
        <message>
            <source>linked to another sheet</source>
            <translation>关联到其他目标表</translation>
        </message>
        <message>
            <source>The manager's method this one supported was removed.</source>
            <translation>此方法所支持的经理方法已被删除。</translation>
        </message>
        <message>
            <source>The manager's method "%1" that this one supported was removed.</source>
            <translation>此方法所支持的经理方法“%1”已被删除。</translation>
        </message>
    </context>
    <context>
        <name>MethodsPanel</name>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Add a method (Insert)</source>
            <translation>添加方法（Insert）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Remove the method (Delete)</source>
            <translation>删除方法（Delete）</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Raise the priority (Alt+Up)</source>
            <translation>提高优先级（Alt+Up）</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Lower the priority (Alt+Down)</source>
            <translation>降低优先级（Alt+Down）</translation>
        </message>
        <message>
            <source>How you will get there, e.g. "Run a referral programme"</source>
            <translation>如何达成，例如“开展转介绍计划”</translation>
        </message>
        <message>
            <source>What it takes, in a sentence or two</source>
            <translation>需要做什么，用一两句话说明</translation>
        </message>
        <message>
            <source>The method of the manager's sheet this one supports</source>
            <translation>此方法所支持的经理目标表中的方法</translation>
        </message>
        <message>
            <source>Rename method</source>
            <translation>重命名方法</translation>
        </message>
        <message>
            <source>Edit method description</source>
            <translation>编辑方法说明</translation>
        </message>
        <message>
            <source>Link method to the manager's</source>
            <translation>将方法关联到经理的方法</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>标题(&amp;T)</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>说明(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Supports</source>
            <translation>支持(&amp;S)</translation>
        </message>
        <message>
            <source>Change method priority</source>
            <translation>更改方法优先级</translation>
        </message>
        <message>
            <source>New method</source>
            <translation>新方法</translation>
        </message>
        <message>
            <source>Add method</source>
            <translation>添加方法</translation>
        </message>
        <message>
            <source>Remove method</source>
            <translation>删除方法</translation>
        </message>
        <message>
            <source>— reports to nobody —</source>
            <translation>— 无上级 —</translation>
        </message>
        <message>
            <source>— not linked —</source>
            <translation>— 未关联 —</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>⚠ Linked method was removed</source>
            <translation>⚠ 关联的方法已删除</translation>
        </message>
        <message>
            <source>⚠ Linked method was removed: %1</source>
            <translation>⚠ 关联的方法已删除：%1</translation>
        </message>
        <message>
            <source>⚠ Linked to another sheet: %1</source>
            <translation>⚠ 关联到其他目标表：%1</translation>
        </message>
    </context>
    <context>
        <name>MoveDealCommand</name>
        <message>
            <source>Move “%1” to %2</source>
            <translation>将“%1”移至%2</translation>
        </message>
    </context>
    <context>
        <name>NavigationSidebar</name>
        <message>
            <source>Dealbench</source>
            <translation>Dealbench</translation>
        </message>
    </context>
    <context>
        <name>NewWorkspaceDialog</name>
        <message>
            <source>New Workspace</source>
            <translation>新建工作区</translation>
        </message>
        <message>
            <source>e.g. Team East 2026</source>
            <translation>例如：华东团队 2026</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>A workspace is one file with your pipeline, tables and goals. You can send it to your manager.</source>
            <translation>工作区是一个包含你的销售管道、各张表和目标的文件。你可以把它发给你的经理。</translation>
        </message>
        <message>
            <source>Workspace &amp;name:</source>
            <translation>工作区名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Base &amp;currency:</source>
            <translation>本位币(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>你的姓名(&amp;Y)：</translation>
        </message>
        <message>
            <source>Your &amp;manager:</source>
            <translation>你的经理(&amp;M)：</translation>
        </message>
        <message>
            <source>Choose &amp;File…</source>
            <translation>选择文件(&amp;F)…</translation>
        </message>
    </context>
    <context>
        <name>NewWorkspaceFlow</name>
        <message>
            <source>New Workspace</source>
            <translation>新建工作区</translation>
        </message>
        <message>
            <source>Dealbench workspaces (*.dealbench)</source>
            <translation>Dealbench 工作区 (*.dealbench)</translation>
        </message>
        <message>
            <source>Cannot Create Workspace</source>
            <translation>无法创建工作区</translation>
        </message>
        <message>
            <source>%1 is the workspace that is open. Choose another file name.</source>
            <translation>%1 是当前打开的工作区。请选择其他文件名。</translation>
        </message>
        <message>
            <source>%1 could not be replaced. Is it write-protected?</source>
            <translation>无法替换 %1。它是否受写保护？</translation>
        </message>
    </context>
    <context>
        <name>PerformanceChart</name>
        <message>
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Lead → opp.</source>
            <translation>线索 → 商机</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>赢单率</translation>
        </message>
        <message>
            <source>Deal size</source>
            <translation>商机规模</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>回款</translation>
        </message>
        <message>
            <source>Cycle (inv.)</source>
            <translation>周期（倒数）</translation>
        </message>
        <message>
            <source>no collection data</source>
            <translation>无回款数据</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>指数</translation>
        </message>
        <message>
            <source>Weakest lever</source>
            <translation>最弱杠杆</translation>
        </message>
        <message>
            <source>Index (team = 100)</source>
            <translation>指数（团队 = 100）</translation>
        </message>
        <message>
            <source>Team = 100</source>
            <translation>团队 = 100</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3&lt;br&gt;Team: %4&lt;br&gt;Index: %5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2：%3&lt;br&gt;团队：%4&lt;br&gt;指数：%5</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <source>Avg deal size</source>
            <translation>平均商机金额</translation>
        </message>
        <message>
            <source>Collection ratio</source>
            <translation>回款率</translation>
        </message>
        <message>
            <source>= Collections</source>
            <translation>= 回款</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>No leads and no closed deals in this period for this filter.</source>
            <translation>此筛选条件下本期没有线索，也没有关闭的商机。</translation>
        </message>
        <message>
            <source>Collections = leads × lead→opportunity × win rate × average deal size × collection ratio. Each bar is the rep's lever against the team (= 100); the cycle is inverted so that above 100 is better everywhere. Red: the weakest lever.</source>
            <translation>回款 = 线索数 × 线索→商机转化率 × 赢单率 × 平均商机金额 × 回款率。每根柱形是该销售代表的杠杆与团队（= 100）的对比；周期取倒数，因此各项都是高于 100 更好。红色：最弱的杠杆。</translation>
        </message>
        <message>
            <source>No collection data: the collection ratio is taken as 1.</source>
            <translation>无回款数据：回款率按 1 计算。</translation>
        </message>
        <message>
            <source>%1 ▸</source>
            <translation>%1 ▸</translation>
        </message>
        <message>
            <source>%1 (no data)</source>
            <translation>%1（无数据）</translation>
        </message>
    </context>
    <context>
        <name>PerformanceFormula</name>
        <message>
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Lead → opportunity</source>
            <translation>线索 → 商机</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>赢单率</translation>
        </message>
        <message>
            <source>Average deal size</source>
            <translation>平均商机金额</translation>
        </message>
        <message>
            <source>Collection ratio</source>
            <translation>回款率</translation>
        </message>
        <message>
            <source>Cycle length</source>
            <translation>周期长度</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoardPage</name>
        <message>
            <source>Pipeline</source>
            <translation>销售管道</translation>
        </message>
        <message>
            <source>Stages…</source>
            <translation>阶段…</translation>
        </message>
        <message>
            <source>Edit pipelines and stages</source>
            <translation>编辑销售管道和阶段</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>新商机</translation>
        </message>
        <message>
            <source>New deal (%1)</source>
            <translation>新商机（%1）</translation>
        </message>
        <message>
            <source>Open deals &lt;b&gt;%1&lt;/b&gt; · &lt;b&gt;%2&lt;/b&gt; · %3 weighted</source>
            <translation>进行中商机 &lt;b&gt;%1&lt;/b&gt; · &lt;b&gt;%2&lt;/b&gt; · 加权 %3</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s) without an exchange rate left out</source>
            <translation>
                <numerusform>%n 个无汇率的商机未计入</numerusform>
            </translation>
        </message>
        <message>
            <source>Move deal</source>
            <translation>移动商机</translation>
        </message>
        <message>
            <source>Save deal</source>
            <translation>保存商机</translation>
        </message>
        <message>
            <source>Plan a visit</source>
            <translation>计划拜访</translation>
        </message>
    </context>
    <context>
        <name>PipelineEditorDialog</name>
        <message>
            <source>Pipelines and stages</source>
            <translation>销售管道和阶段</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Win %</source>
            <translation>赢单 %</translation>
        </message>
        <message>
            <source>Rotting days</source>
            <translation>停滞天数</translation>
        </message>
        <message>
            <source>Milestone to enter</source>
            <translation>进入里程碑</translation>
        </message>
        <message>
            <source>Add pipeline…</source>
            <translation>添加销售管道…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>删除阶段</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Add pipeline</source>
            <translation>添加销售管道</translation>
        </message>
        <message>
            <source>Name of the new pipeline:</source>
            <translation>新销售管道的名称：</translation>
        </message>
        <message>
            <source>Rename pipeline</source>
            <translation>重命名销售管道</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>新阶段</translation>
        </message>
    </context>
    <context>
        <name>PipelineService</name>
        <message>
            <source>A workspace keeps at least one pipeline.</source>
            <translation>工作区至少保留一个销售管道。</translation>
        </message>
        <message>
            <source>The pipeline still has deals. Move them to another pipeline first.</source>
            <translation>该销售管道中仍有商机。请先将它们移到其他销售管道。</translation>
        </message>
        <message>
            <source>Won and Lost stay at the end of the pipeline.</source>
            <translation>“赢单”和“丢单”始终位于销售管道末尾。</translation>
        </message>
        <message>
            <source>The stage cannot move there.</source>
            <translation>该阶段不能移到那里。</translation>
        </message>
        <message>
            <source>A probability is between 0 and 100 %.</source>
            <translation>概率必须在 0 到 100 % 之间。</translation>
        </message>
        <message>
            <source>Rotting days are between 0 (never) and %1.</source>
            <translation>停滞天数在 0（从不）到 %1 之间。</translation>
        </message>
        <message>
            <source>Won and Lost cannot be deleted.</source>
            <translation>“赢单”和“丢单”不能删除。</translation>
        </message>
        <message>
            <source>A pipeline keeps at least one open stage.</source>
            <translation>销售管道至少保留一个进行中阶段。</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s) are still in this stage. Move them to another stage first.</source>
            <translation>
                <numerusform>该阶段中仍有 %n 个商机。请先将它们移到其他阶段。</numerusform>
            </translation>
        </message>
        <message>
            <source>The stage no longer exists.</source>
            <translation>该阶段已不存在。</translation>
        </message>
        <message>
            <source>The pipeline no longer exists.</source>
            <translation>该销售管道已不存在。</translation>
        </message>
        <message>
            <source>A name is needed.</source>
            <translation>需要填写名称。</translation>
        </message>
        <message>
            <source>The name is longer than %1 characters.</source>
            <translation>名称超过 %1 个字符。</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>System</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>主题(&amp;T)：</translation>
        </message>
        <message>
            <source>Default &amp;currency:</source>
            <translation>默认货币(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Fiscal year starts in:</source>
            <translation>财年开始月份(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Week starts on:</source>
            <translation>每周开始于(&amp;W)：</translation>
        </message>
        <message>
            <source>This workspace</source>
            <translation>此工作区</translation>
        </message>
        <message>
            <source>Nobody in particular</source>
            <translation>不指定</translation>
        </message>
        <message>
            <source>The first pipeline</source>
            <translation>第一个销售管道</translation>
        </message>
        <message>
            <source>%1 (manager)</source>
            <translation>%1（经理）</translation>
        </message>
        <message>
            <source>Open a workspace to choose.</source>
            <translation>请先打开一个工作区再选择。</translation>
        </message>
        <message>
            <source>Which owner you are: "My deals" and your goals follow it.</source>
            <translation>你是哪位负责人：“我的商机”和你的目标都据此确定。</translation>
        </message>
        <message>
            <source>&amp;I am:</source>
            <translation>我是(&amp;I)：</translation>
        </message>
        <message>
            <source>Default &amp;pipeline:</source>
            <translation>默认销售管道(&amp;P)：</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>自动备份</translation>
        </message>
        <message>
            <source>Default folder</source>
            <translation>默认文件夹</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>Back&amp;up folder:</source>
            <translation>备份文件夹(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Keep the last:</source>
            <translation>保留最近(&amp;K)：</translation>
        </message>
        <message>
            <source>Backup Folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>The language changes when Dealbench is started again.</source>
            <translation>语言将在重新启动 Dealbench 后更改。</translation>
        </message>
        <message>
            <source>The system theme comes back when Dealbench is started again.</source>
            <translation>系统主题将在重新启动 Dealbench 后恢复。</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>没有最近的文件</translation>
        </message>
        <message>
            <source>&amp;Clear Recent Files</source>
            <translation>清除最近文件(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMapView</name>
        <message>
            <source>Relationship map</source>
            <translation>关系地图</translation>
        </message>
        <message>
            <source>%1 ↔ %2</source>
            <translation>%1 ↔ %2</translation>
        </message>
        <message>
            <source>The account has no contacts yet.</source>
            <translation>该客户还没有联系人。</translation>
        </message>
    </context>
    <context>
        <name>RepScorecardReport</name>
        <message>
            <source>Performance formula</source>
            <translation>业绩公式</translation>
        </message>
        <message>
            <source>Collections = leads × lead→opportunity rate × win rate × average deal size × collection ratio; the sales cycle is the sixth lever. Index: the team = 100, above is better.</source>
            <translation>回款 = 线索数 × 线索转商机率 × 赢单率 × 平均单笔金额 × 回款率；销售周期是第六个杠杆。指数：团队 = 100，越高越好。</translation>
        </message>
        <message>
            <source>No performance data for this period.</source>
            <translation>本期间没有业绩数据。</translation>
        </message>
        <message>
            <source>Levers of %1 against the team</source>
            <translation>%1 的各项杠杆与团队对比</translation>
        </message>
        <message>
            <source>Lever</source>
            <translation>杠杆</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>指数</translation>
        </message>
        <message>
            <source>Weakest lever: %1.</source>
            <translation>最薄弱的杠杆：%1。</translation>
        </message>
        <message>
            <source>Levers against the team</source>
            <translation>各项杠杆与团队对比</translation>
        </message>
        <message>
            <source>Behaviour table</source>
            <translation>销售行为控制表</translation>
        </message>
        <message numerus="yes">
            <source>No customer interaction in the %n week(s) of the period.</source>
            <translation>
                <numerusform>本期间 %n 周内没有客户接触。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Customer interactions over %n week(s)</source>
            <translation>
                <numerusform>%n 周内的客户接触</numerusform>
            </translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>衡量指标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>客户接触</translation>
        </message>
        <message>
            <source>Per week</source>
            <translation>每周</translation>
        </message>
        <message>
            <source>With a stated objective</source>
            <translation>有明确行动目标</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>已复盘</translation>
        </message>
        <message>
            <source>Objective hit rate</source>
            <translation>目标达成率</translation>
        </message>
        <message>
            <source>Average skill rating (1–5)</source>
            <translation>平均技能评分（1–5）</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Questioning</source>
            <translation>提问</translation>
        </message>
        <message>
            <source>Presenting value</source>
            <translation>呈现价值</translation>
        </message>
        <message>
            <source>Handling objections</source>
            <translation>处理异议</translation>
        </message>
        <message>
            <source>Gaining commitment</source>
            <translation>获得承诺</translation>
        </message>
        <message>
            <source>Rating: %1</source>
            <translation>评分：%1</translation>
        </message>
        <message>
            <source>V2MOM measures %1</source>
            <translation>V2MOM 衡量指标 %1</translation>
        </message>
        <message>
            <source>%1 has no V2MOM measures for %2.</source>
            <translation>%1 在 %2 没有 V2MOM 衡量指标。</translation>
        </message>
        <message>
            <source>Measures as of %1</source>
            <translation>截至 %1 的衡量指标</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>完成度</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>节奏</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <source>%1 has no V2MOM sheet for %2.</source>
            <translation>%1 没有 %2 的 V2MOM 目标表。</translation>
        </message>
        <message>
            <source>The deal strategy brief needs a deal (--deal ID).</source>
            <translation>商机策略简报需要指定商机（--deal ID）。</translation>
        </message>
        <message>
            <source>No deal with the id %1.</source>
            <translation>没有 ID 为 %1 的商机。</translation>
        </message>
        <message>
            <source>The deal %1 has no strategy sheet.</source>
            <translation>商机 %1 没有销售策略表。</translation>
        </message>
        <message>
            <source>No owner named %1.</source>
            <translation>没有名为 %1 的负责人。</translation>
        </message>
        <message>
            <source>The period %1 has not started yet.</source>
            <translation>周期 %1 尚未开始。</translation>
        </message>
        <message>
            <source>team of %1</source>
            <translation>%1 的团队</translation>
        </message>
        <message>
            <source>The rep scorecard needs a rep (--owner NAME).</source>
            <translation>销售代表记分卡需要指定销售代表（--owner NAME）。</translation>
        </message>
        <message>
            <source>The V2MOM report needs a person (--owner NAME).</source>
            <translation>V2MOM 报告需要指定人员（--owner NAME）。</translation>
        </message>
        <message>
            <source>Unknown report.</source>
            <translation>未知报告。</translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>The workspace file.</source>
            <translation>工作区文件。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>ISO week 2026-W47, month 2026-11, quarter 2026-Q4 or year 2026.</source>
            <translation>ISO 周 2026-W47、月份 2026-11、季度 2026-Q4 或年份 2026。</translation>
        </message>
        <message>
            <source>PERIOD</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>A rep or manager, by name or id.</source>
            <translation>销售代表或经理，按姓名或 ID。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>A deal id (strategy brief).</source>
            <translation>商机 ID（策略简报）。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>pdf, html or csv.</source>
            <translation>pdf、html 或 csv。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>a4 or letter (PDF).</source>
            <translation>a4 或 letter（PDF）。</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>CSV with a byte-order mark, for Excel.</source>
            <translation>带字节顺序标记的 CSV，供 Excel 使用。</translation>
        </message>
        <message>
            <source>en, zh_CN, pl ...</source>
            <translation>en、zh_CN、pl …</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Report as of this UTC moment, ISO 8601 (default: now).</source>
            <translation>以此 UTC 时刻为准生成报告，ISO 8601 格式（默认：现在）。</translation>
        </message>
        <message>
            <source>TIME</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>The file to write.</source>
            <translation>要写入的文件。</translation>
        </message>
        <message>
            <source>weekly, scorecard, strategy or v2mom</source>
            <translation>weekly、scorecard、strategy 或 v2mom</translation>
        </message>
        <message>
            <source>Name one report: weekly, scorecard, strategy or v2mom.</source>
            <translation>请指定一个报告：weekly、scorecard、strategy 或 v2mom。</translation>
        </message>
        <message>
            <source>Unknown report %1.</source>
            <translation>未知报告 %1。</translation>
        </message>
        <message>
            <source>--workspace and --out are required.</source>
            <translation>必须提供 --workspace 和 --out。</translation>
        </message>
        <message>
            <source>Unknown format %1: use pdf, html or csv.</source>
            <translation>未知格式 %1：请使用 pdf、html 或 csv。</translation>
        </message>
        <message>
            <source>Unknown page size %1: use a4 or letter.</source>
            <translation>未知页面尺寸 %1：请使用 a4 或 letter。</translation>
        </message>
        <message>
            <source>Cannot read the period %1.</source>
            <translation>无法识别周期 %1。</translation>
        </message>
        <message>
            <source>No workspace file %1.</source>
            <translation>没有工作区文件 %1。</translation>
        </message>
        <message>
            <source>Cannot read the time %1.</source>
            <translation>无法识别时间 %1。</translation>
        </message>
        <message>
            <source>Usage: dealbench report weekly|scorecard|strategy|v2mom --workspace FILE [--period 2026-W47] [--owner NAME] [--deal ID] [--format pdf|html|csv] [--page a4|letter] [--bom] [--language CODE] [--as-of TIME] --out FILE</source>
            <translation>用法：dealbench report weekly|scorecard|strategy|v2mom --workspace 文件 [--period 2026-W47] [--owner 姓名] [--deal ID] [--format pdf|html|csv] [--page a4|letter] [--bom] [--language 代码] [--as-of 时间] --out 文件</translation>
        </message>
    </context>
    <context>
        <name>ReportCsv</name>
        <message>
            <source>The report has no tables to write.</source>
            <translation>该报告没有可写出的表。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>ReportExportDialog</name>
        <message>
            <source>Export report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <source>this week / this quarter (e.g. 2026-W47, 2026-11, 2026-Q4)</source>
            <translation>本周 / 本季度（例如 2026-W47、2026-11、2026-Q4）</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>HTML (one file)</source>
            <translation>HTML（单个文件）</translation>
        </message>
        <message>
            <source>CSV (the tables)</source>
            <translation>CSV（表格）</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>Byte-order mark for Excel</source>
            <translation>为 Excel 添加字节顺序标记</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>报告(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>周期(&amp;P)：</translation>
        </message>
        <message>
            <source>Rep or &amp;manager:</source>
            <translation>销售代表或经理(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Deal:</source>
            <translation>商机(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <source>Pa&amp;ge:</source>
            <translation>页面(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Cannot read the period: write 2026-W47, 2026-11, 2026-Q4 or 2026.</source>
            <translation>无法识别周期：请写成 2026-W47、2026-11、2026-Q4 或 2026。</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) as PDF.</source>
            <translation>
                <numerusform>PDF 共 %n 页。</numerusform>
            </translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>已写入：%1</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>%1 文件 (*.%2)</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>打印报告</translation>
        </message>
        <message>
            <source>The report could not be sent to the printer.</source>
            <translation>无法将报告发送到打印机。</translation>
        </message>
    </context>
    <context>
        <name>ReportHtml</name>
        <message>
            <source>Generated %1 by Dealbench</source>
            <translation>由 Dealbench 于 %1 生成</translation>
        </message>
    </context>
    <context>
        <name>ReportKinds</name>
        <message>
            <source>Weekly pipeline review</source>
            <translation>每周管道复盘</translation>
        </message>
        <message>
            <source>Rep scorecard</source>
            <translation>销售代表记分卡</translation>
        </message>
        <message>
            <source>Deal strategy brief</source>
            <translation>商机策略简报</translation>
        </message>
        <message>
            <source>V2MOM</source>
            <translation>V2MOM</translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <source>Generated %1 by Dealbench</source>
            <translation>由 Dealbench 于 %1 生成</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
    </context>
    <context>
        <name>ReportRange</name>
        <message>
            <source>Week %1, %2 (%3)</source>
            <translation>%2 年第 %1 周（%3）</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Q%1 %2 (%3)</source>
            <translation>%2 年第 %1 季度（%3）</translation>
        </message>
    </context>
    <context>
        <name>ReportTextBuilder</name>
        <message numerus="yes">
            <source>… and %n more row(s): the CSV export has them all.</source>
            <translation>
                <numerusform>……还有 %n 行：CSV 导出包含全部内容。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restore from Backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>There are no backups of this workspace yet in %1.</source>
            <translation>%1 中还没有此工作区的备份。</translation>
        </message>
        <message>
            <source>Dealbench keeps a copy of the workspace when you open it (once a day), before upgrading it and before every import or merge. Backups are in %1.</source>
            <translation>Dealbench 会在你打开工作区时（每天一次）、升级之前以及每次导入或合并之前保留一份副本。备份位于 %1。</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Open as a Copy</source>
            <translation>作为副本打开</translation>
        </message>
        <message>
            <source>Copy the backup beside the workspace and open the copy; nothing is replaced</source>
            <translation>将备份复制到工作区旁边并打开该副本；不替换任何内容</translation>
        </message>
        <message>
            <source>Replace Workspace…</source>
            <translation>替换工作区…</translation>
        </message>
        <message>
            <source>Put the backup in place of the workspace (the workspace is backed up first)</source>
            <translation>用备份替换工作区（会先备份当前工作区）</translation>
        </message>
    </context>
    <context>
        <name>ReviewArea</name>
        <message>
            <source>Funnel</source>
            <translation>销售漏斗表</translation>
        </message>
        <message>
            <source>Weekly review</source>
            <translation>每周复盘</translation>
        </message>
        <message>
            <source>Team files</source>
            <translation>团队文件</translation>
        </message>
        <message>
            <source>Send to &amp;Manager…</source>
            <translation>发送给经理(&amp;M)…</translation>
        </message>
        <message>
            <source>Write a copy of this workspace (or of one rep's deals) for the manager's team file</source>
            <translation>为经理的团队文件写出此工作区（或某位销售代表的商机）的副本</translation>
        </message>
        <message>
            <source>&amp;Import Team Member's File…</source>
            <translation>导入团队成员的文件(&amp;I)…</translation>
        </message>
        <message>
            <source>Merge a rep's workspace file into this team workspace</source>
            <translation>将销售代表的工作区文件合并到此团队工作区</translation>
        </message>
    </context>
    <context>
        <name>ReviewFormat</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1×</source>
            <translation>%1×</translation>
        </message>
    </context>
    <context>
        <name>ReviewNames</name>
        <message>
            <source>(no owner)</source>
            <translation>（无负责人）</translation>
        </message>
        <message>
            <source>(unknown rep)</source>
            <translation>（未知销售代表）</translation>
        </message>
    </context>
    <context>
        <name>ReviewNoteEditor</name>
        <message>
            <source>by</source>
            <translation>由</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>保存备注</translation>
        </message>
        <message>
            <source>Manager's comment</source>
            <translation>经理点评</translation>
        </message>
        <message>
            <source>Agreed next step</source>
            <translation>商定的下一步</translation>
        </message>
        <message>
            <source>Choose a deal in the list to write a review note.</source>
            <translation>在列表中选择一个商机以撰写复盘备注。</translation>
        </message>
        <message>
            <source>Review note on %1</source>
            <translation>关于 %1 的复盘备注</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Pipeline waterfall</source>
            <translation>管道瀑布图</translation>
        </message>
        <message>
            <source>Forecast accuracy of past reviews</source>
            <translation>以往复盘的预测准确度</translation>
        </message>
        <message>
            <source>Start review</source>
            <translation>开始复盘</translation>
        </message>
        <message>
            <source>Freeze the pipeline and the forecast now; this week's notes are kept with it</source>
            <translation>立即冻结管道和预测；本周的备注将一并保存</translation>
        </message>
        <message>
            <source>What changed since</source>
            <translation>变化起始于</translation>
        </message>
        <message>
            <source>Reps:</source>
            <translation>销售代表：</translation>
        </message>
        <message>
            <source>Review of %1</source>
            <translation>%1 的复盘</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>A day…</source>
            <translation>某一天…</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>正在更新…</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n 处变化</numerusform>
            </translation>
        </message>
        <message>
            <source>Start a review to keep notes on deals with it.</source>
            <translation>开始复盘后即可为商机保存备注。</translation>
        </message>
        <message>
            <source>Choose a deal in the list to write a review note.</source>
            <translation>在列表中选择一个商机以撰写复盘备注。</translation>
        </message>
        <message>
            <source>Week %1</source>
            <translation>第 %1 周</translation>
        </message>
    </context>
    <context>
        <name>ReviewService</name>
        <message>
            <source>The review no longer exists.</source>
            <translation>该复盘已不存在。</translation>
        </message>
        <message>
            <source>A quota must be a positive amount.</source>
            <translation>配额必须是正数。</translation>
        </message>
    </context>
    <context>
        <name>ReviewWidgets</name>
        <message>
            <source>Whole team</source>
            <translation>整个团队</translation>
        </message>
    </context>
    <context>
        <name>RowTableEditor</name>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Add a row (Insert or Ctrl+Shift+N)</source>
            <translation>添加一行（Insert 或 Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>Remove the current row (Delete)</source>
            <translation>删除当前行（Delete）</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>添加行</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>删除行</translation>
        </message>
    </context>
    <context>
        <name>SendToManagerDialog</name>
        <message>
            <source>The whole workspace</source>
            <translation>整个工作区</translation>
        </message>
        <message>
            <source>Only the deals of</source>
            <translation>仅包含以下人员的商机</translation>
        </message>
        <message>
            <source>Save Copy…</source>
            <translation>保存副本…</translation>
        </message>
        <message>
            <source>Send to Manager</source>
            <translation>发送给经理</translation>
        </message>
        <message>
            <source>Writes a consistent copy of this workspace that your manager imports into the team file with File ▸ Import Team Member's File…. Rows keep their ids and times, so sending again later only brings what changed.</source>
            <translation>写出此工作区的一致副本，经理可通过“文件 ▸ 导入团队成员的文件…”将其导入团队文件。各行保留其 ID 和时间，因此以后再次发送时只会带来变化的部分。</translation>
        </message>
        <message>
            <source>Dealbench workspaces (*.dealbench)</source>
            <translation>Dealbench 工作区 (*.dealbench)</translation>
        </message>
        <message>
            <source>Choose another file than the open workspace.</source>
            <translation>请选择与打开的工作区不同的文件。</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>正在写入 %1…</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>已写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>SetQuotaCommand</name>
        <message>
            <source>Set quota of %1</source>
            <translation>设定 %1 的配额</translation>
        </message>
    </context>
    <context>
        <name>SetReviewNoteCommand</name>
        <message>
            <source>Review note on %1</source>
            <translation>关于 %1 的复盘备注</translation>
        </message>
    </context>
    <context>
        <name>StageColumnHeader</name>
        <message>
            <source>Fold this column</source>
            <translation>折叠此列</translation>
        </message>
        <message>
            <source>&lt;b&gt;Milestone to enter:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;进入里程碑：&lt;/b&gt;%1</translation>
        </message>
        <message>
            <source>%1 weighted</source>
            <translation>加权 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s) in %1 not in the sums (no rate)</source>
            <translation>
                <numerusform>%1 中有 %n 个商机未计入合计（无汇率）</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message numerus="yes">
            <source>%n not converted</source>
            <translation>
                <numerusform>%n 个未换算</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageColumnModel</name>
        <message>
            <source>Owner: %1</source>
            <translation>负责人：%1</translation>
        </message>
        <message>
            <source>Last interaction: %1</source>
            <translation>最近一次客户接触：%1</translation>
        </message>
    </context>
    <context>
        <name>StageColumnWidget</name>
        <message numerus="yes">
            <source>%1: %n deal(s), %2</source>
            <translation>
                <numerusform>%1：%n 个商机，%2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n deal(s). Click to open the column.</source>
            <translation>
                <numerusform>%1：%n 个商机。点击展开此列。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageConversionChart</name>
        <message>
            <source>No deal changed stage in this period for this filter.</source>
            <translation>此筛选条件下本期没有商机变更阶段。</translation>
        </message>
        <message>
            <source>Where deals went when they left the stage</source>
            <translation>商机离开阶段后的去向</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>向前</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>回退</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <source>Share of exits (%)</source>
            <translation>流出占比（%）</translation>
        </message>
        <message>
            <source>no exits</source>
            <translation>无流出</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Left the stage: %2&lt;br&gt;Forward: %3 (%4)&lt;br&gt;Back: %5&lt;br&gt;Lost: %6</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;离开该阶段：%2&lt;br&gt;向前：%3（%4）&lt;br&gt;回退：%5&lt;br&gt;丢单：%6</translation>
        </message>
        <message>
            <source>Days in the stage before leaving it</source>
            <translation>离开前在该阶段的天数</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>中位数</translation>
        </message>
        <message>
            <source>80th percentile</source>
            <translation>第 80 百分位</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Median: %2&lt;br&gt;80th percentile: %3&lt;br&gt;Timed exits: %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;中位数：%2&lt;br&gt;第 80 百分位：%3&lt;br&gt;计时的流出：%4</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>离开</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>转化率</translation>
        </message>
        <message>
            <source>Median days</source>
            <translation>天数中位数</translation>
        </message>
        <message>
            <source>80th pct. days</source>
            <translation>第 80 百分位天数</translation>
        </message>
        <message>
            <source>From the stage history: every stage change in the period, %1 in all. Conversion is the share of the deals leaving a stage that moved forward (to a later stage or won).</source>
            <translation>来自阶段历史：本期所有阶段变化，共 %1 次。转化率是离开某阶段的商机中向前推进（进入后续阶段或赢单）的比例。</translation>
        </message>
    </context>
    <context>
        <name>StageSummaryModel</name>
        <message>
            <source>%1 of %2 deals that were in this stage during the period moved on to a later stage</source>
            <translation>本期曾处于该阶段的 %2 个商机中，有 %1 个进入了后续阶段</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>加权</translation>
        </message>
        <message>
            <source>Avg. days in stage</source>
            <translation>平均阶段停留天数</translation>
        </message>
        <message>
            <source>Moved on</source>
            <translation>已推进</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>The change breaks a rule of the workspace: %1</source>
            <translation>此更改违反了工作区的规则：%1</translation>
        </message>
        <message>
            <source>A database operation failed: %1</source>
            <translation>数据库操作失败：%1</translation>
        </message>
        <message>
            <source>The deal no longer exists.</source>
            <translation>该商机已不存在。</translation>
        </message>
        <message>
            <source>Schema migration %1 is missing from the program.</source>
            <translation>程序中缺少架构迁移 %1。</translation>
        </message>
        <message>
            <source>The workspace is busy in another program: %1</source>
            <translation>工作区正被其他程序占用：%1</translation>
        </message>
        <message>
            <source>The workspace is read-only: %1</source>
            <translation>工作区为只读：%1</translation>
        </message>
        <message>
            <source>The file is damaged or is not a Dealbench workspace: %1</source>
            <translation>文件已损坏或不是 Dealbench 工作区：%1</translation>
        </message>
        <message>
            <source>%1 exists already.</source>
            <translation>%1 已存在。</translation>
        </message>
        <message>
            <source>%1 is open for editing in another Dealbench window or program. You can open it read-only, or close it there first.</source>
            <translation>%1 正在另一个 Dealbench 窗口或程序中编辑。你可以以只读方式打开，或先在那里关闭它。</translation>
        </message>
        <message>
            <source>The workspace connection is not an SQLite connection.</source>
            <translation>工作区连接不是 SQLite 连接。</translation>
        </message>
        <message>
            <source>The workspace connection is closed.</source>
            <translation>与工作区的连接已关闭。</translation>
        </message>
        <message>
            <source>%1 is damaged (%2). It was opened before the check could finish; from now on nothing is written to it.</source>
            <translation>%1 已损坏（%2）。文件在完整性检查完成之前就已打开；从现在起不会再向其中写入任何内容。</translation>
        </message>
        <message>
            <source>A workspace opened read-only cannot be compacted.</source>
            <translation>以只读方式打开的工作区无法压缩。</translation>
        </message>
        <message>
            <source>The workspace is being changed; compact it when that is done.</source>
            <translation>工作区正在被修改；请在修改完成后再压缩。</translation>
        </message>
    </context>
    <context>
        <name>StrategyColumns</name>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Link the stakeholder to one of the account's contacts</source>
            <translation>将相关人员关联到该客户的某个联系人</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Relationship strength, 1 (none) to 5 (trusted)</source>
            <translation>关系强度，1（无）到 5（信任）</translation>
        </message>
        <message>
            <source>Organisational result</source>
            <translation>组织诉求</translation>
        </message>
        <message>
            <source>The result the organisation needs from this person's point of view</source>
            <translation>从此人角度看组织需要的结果</translation>
        </message>
        <message>
            <source>Personal win</source>
            <translation>个人期望</translation>
        </message>
        <message>
            <source>What they want for themselves (个人期望): people decide on personal interest too</source>
            <translation>此人自己想要什么（个人期望）：人们也会根据个人利益做决定</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职位</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>影响力</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>态度</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>已联系</translation>
        </message>
        <message>
            <source>Preferred vendor</source>
            <translation>倾向的供应商</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Question or red flag</source>
            <translation>问题或危险信号</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <source>Their strengths</source>
            <translation>对方优势</translation>
        </message>
        <message>
            <source>Their weaknesses</source>
            <translation>对方劣势</translation>
        </message>
        <message>
            <source>Their supporters here</source>
            <translation>对方在此的支持者</translation>
        </message>
        <message>
            <source>Our strategy</source>
            <translation>我方策略</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Beyond standard in</source>
            <translation>超出标准的方面</translation>
        </message>
        <message>
            <source>What was promised</source>
            <translation>承诺内容</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>批准日期</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Resource asked for</source>
            <translation>申请的资源</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>Start sheet</source>
            <translation>开始策略表</translation>
        </message>
        <message>
            <source>Remove sheet</source>
            <translation>删除策略表</translation>
        </message>
        <message>
            <source>&amp;New sheet for</source>
            <translation>新建策略表(&amp;N)：</translation>
        </message>
        <message>
            <source>Deals with a strategy sheet</source>
            <translation>有销售策略表的商机</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>StrategySheet</name>
        <message>
            <source>Economic buyer</source>
            <translation>经济决策人</translation>
        </message>
        <message>
            <source>Technical evaluator</source>
            <translation>技术评估人</translation>
        </message>
        <message>
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Coach / champion</source>
            <translation>教练 / 支持者</translation>
        </message>
        <message>
            <source>Gatekeeper</source>
            <translation>把关人</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>影响者</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>支持者（教练）</translation>
        </message>
        <message>
            <source>Supporter</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>中立</translation>
        </message>
        <message>
            <source>Sceptic</source>
            <translation>怀疑者</translation>
        </message>
        <message>
            <source>Opponent</source>
            <translation>反对者</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>危险信号</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>缺失信息</translation>
        </message>
        <message>
            <source>Differentiate on our strength</source>
            <translation>以我方优势差异化</translation>
        </message>
        <message>
            <source>Reframe the criteria</source>
            <translation>重塑评估标准</translation>
        </message>
        <message>
            <source>Compete on price</source>
            <translation>价格竞争</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Executive sponsor with budget authority</source>
            <translation>有预算权的高层支持者</translation>
        </message>
        <message>
            <source>Quantified business problem with urgency</source>
            <translation>可量化且紧迫的业务问题</translation>
        </message>
        <message>
            <source>Competition fought on our strengths</source>
            <translation>竞争在我方优势领域展开</translation>
        </message>
        <message>
            <source>Defined buying process and timeline</source>
            <translation>明确的采购流程和时间表</translation>
        </message>
        <message>
            <source>Strategic fit with our core value</source>
            <translation>与我方核心价值战略契合</translation>
        </message>
        <message>
            <source>No champion above middle management</source>
            <translation>中层以上没有支持者</translation>
        </message>
        <message>
            <source>Vague pain, no timeline or consequence</source>
            <translation>痛点模糊，没有时间表或后果</translation>
        </message>
        <message>
            <source>Feature comparison where we are at parity</source>
            <translation>功能对比中我们与对手持平</translation>
        </message>
        <message>
            <source>"Just looking at options"</source>
            <translation>“只是看看有哪些选择”</translation>
        </message>
        <message>
            <source>Heavy customisation needed</source>
            <translation>需要大量定制</translation>
        </message>
        <message>
            <source>Problem and business impact confirmed</source>
            <translation>问题及业务影响已确认</translation>
        </message>
        <message>
            <source>Evaluation criteria set</source>
            <translation>评估标准已确定</translation>
        </message>
        <message>
            <source>All stakeholders and decision makers known</source>
            <translation>所有相关人员和决策者均已知</translation>
        </message>
        <message>
            <source>Budget and timeline set</source>
            <translation>预算和时间表已确定</translation>
        </message>
        <message>
            <source>Business case built with the customer</source>
            <translation>与客户共同建立了商业论证</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>定价</translation>
        </message>
        <message>
            <source>Customisation</source>
            <translation>定制</translation>
        </message>
        <message>
            <source>Implementation timeline</source>
            <translation>实施时间表</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>产品路线图</translation>
        </message>
        <message>
            <source>Solution engineer</source>
            <translation>解决方案工程师</translation>
        </message>
        <message>
            <source>Executive sponsor</source>
            <translation>高层支持者</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>法务</translation>
        </message>
        <message>
            <source>Discount approval</source>
            <translation>折扣审批</translation>
        </message>
        <message>
            <source>Undecided</source>
            <translation>未决定</translation>
        </message>
        <message>
            <source>Invest</source>
            <translation>投入</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>维持</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>放弃</translation>
        </message>
        <message>
            <source>Unknown level</source>
            <translation>层级未知</translation>
        </message>
        <message>
            <source>Executive</source>
            <translation>高层</translation>
        </message>
        <message>
            <source>Senior management</source>
            <translation>高级管理层</translation>
        </message>
        <message>
            <source>Middle management</source>
            <translation>中层管理</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>员工</translation>
        </message>
    </context>
    <context>
        <name>StrategySheetListModel</name>
        <message>
            <source>%1 / 5</source>
            <translation>%1 / 5</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n</source>
            <translation>
                <numerusform>⚠ %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Close date</source>
            <translation>成交日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>里程碑</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
    </context>
    <context>
        <name>StrategySheetSections</name>
        <message>
            <source>Single sales objective</source>
            <translation>单一销售目标</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>内容(&amp;W)</translation>
        </message>
        <message>
            <source>Edit the objective</source>
            <translation>编辑行动目标</translation>
        </message>
        <message>
            <source>Edit the objective amount</source>
            <translation>编辑目标金额</translation>
        </message>
        <message>
            <source>How &amp;much</source>
            <translation>金额(&amp;M)</translation>
        </message>
        <message>
            <source>Edit the objective date</source>
            <translation>编辑目标日期</translation>
        </message>
        <message>
            <source>By &amp;when</source>
            <translation>截止时间(&amp;W)</translation>
        </message>
        <message>
            <source>Customer interest in us</source>
            <translation>客户对我们的兴趣</translation>
        </message>
        <message>
            <source>Compelling event</source>
            <translation>关键事件</translation>
        </message>
        <message>
            <source>Edit the compelling event</source>
            <translation>编辑关键事件</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧迫性</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Set the urgency</source>
            <translation>设定紧迫性</translation>
        </message>
        <message>
            <source>Budgeted</source>
            <translation>已有预算</translation>
        </message>
        <message>
            <source>Set whether it is budgeted</source>
            <translation>设定是否已有预算</translation>
        </message>
        <message>
            <source>Decision process known</source>
            <translation>决策流程已知</translation>
        </message>
        <message>
            <source>Mark the decision process</source>
            <translation>标记决策流程</translation>
        </message>
        <message>
            <source>Timeline known</source>
            <translation>时间表已知</translation>
        </message>
        <message>
            <source>Mark the timeline</source>
            <translation>标记时间表</translation>
        </message>
        <message>
            <source>Qualification: pursue or drop</source>
            <translation>资格判断：跟进还是放弃</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>未回答</translation>
        </message>
        <message>
            <source>Pursue: %1</source>
            <translation>跟进：%1</translation>
        </message>
        <message>
            <source>Drop: %1</source>
            <translation>放弃：%1</translation>
        </message>
        <message>
            <source>Answer a qualification check</source>
            <translation>回答一项资格判断</translation>
        </message>
        <message>
            <source>%1 of 5 say pursue, %2 say drop</source>
            <translation>5 项中 %1 项建议跟进，%2 项建议放弃</translation>
        </message>
        <message>
            <source>Decision milestones (progress, not activity)</source>
            <translation>决策里程碑（进展，而非活动）</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>已达成</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>计划日期</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>达成日期</translation>
        </message>
        <message>
            <source>Mark a milestone</source>
            <translation>标记里程碑</translation>
        </message>
        <message>
            <source>Plan a milestone</source>
            <translation>计划里程碑</translation>
        </message>
        <message>
            <source>Date a milestone</source>
            <translation>为里程碑标注日期</translation>
        </message>
        <message>
            <source>Deal economics</source>
            <translation>商机经济性</translation>
        </message>
        <message>
            <source>Edit the gross margin</source>
            <translation>编辑毛利率</translation>
        </message>
        <message>
            <source>Edit the discount</source>
            <translation>编辑折扣</translation>
        </message>
        <message>
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <source>Edit the payback</source>
            <translation>编辑回收期</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>毛利率</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Custom work / services</source>
            <translation>定制工作 / 服务</translation>
        </message>
        <message>
            <source>Edit the custom work</source>
            <translation>编辑定制工作</translation>
        </message>
        <message>
            <source>CAC payback</source>
            <translation>获客成本回收期</translation>
        </message>
        <message>
            <source>Expansion potential</source>
            <translation>扩展潜力</translation>
        </message>
        <message>
            <source>Edit the expansion potential</source>
            <translation>编辑扩展潜力</translation>
        </message>
        <message>
            <source>Edit the non-financial value</source>
            <translation>编辑非财务价值</translation>
        </message>
        <message>
            <source>Reference customer, competitive displacement, new segment</source>
            <translation>标杆客户、替换竞争对手、新细分市场</translation>
        </message>
        <message>
            <source>Non-financial value</source>
            <translation>非财务价值</translation>
        </message>
        <message>
            <source>Manager assessment</source>
            <translation>经理评估</translation>
        </message>
        <message>
            <source>Rep's win probability</source>
            <translation>销售代表估计的赢单概率</translation>
        </message>
        <message>
            <source>Edit the rep's probability</source>
            <translation>编辑销售代表的概率</translation>
        </message>
        <message>
            <source>Manager's win probability</source>
            <translation>经理估计的赢单概率</translation>
        </message>
        <message>
            <source>Edit the manager's probability</source>
            <translation>编辑经理的概率</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Set the manager's decision</source>
            <translation>设定经理的决定</translation>
        </message>
        <message>
            <source>Resources granted</source>
            <translation>已批准资源</translation>
        </message>
        <message>
            <source>Edit the resources granted</source>
            <translation>编辑已批准资源</translation>
        </message>
        <message>
            <source>Edit the manager's note</source>
            <translation>编辑经理备注</translation>
        </message>
        <message>
            <source>Manager's note</source>
            <translation>经理备注</translation>
        </message>
    </context>
    <context>
        <name>StrategySheetService</name>
        <message>
            <source>A strategy sheet belongs to a deal.</source>
            <translation>销售策略表必须属于一个商机。</translation>
        </message>
        <message>
            <source>Win probabilities go from 0 to 100 %.</source>
            <translation>赢单概率为 0 到 100 %。</translation>
        </message>
        <message>
            <source>Margin goes from -100 to 100 %, discount from 0 to 100 %.</source>
            <translation>毛利率为 -100 到 100 %，折扣为 0 到 100 %。</translation>
        </message>
        <message>
            <source>The payback period cannot be negative.</source>
            <translation>回收期不能为负。</translation>
        </message>
        <message>
            <source>Relationship strength goes from 1 to 5.</source>
            <translation>关系强度取值为 1 到 5。</translation>
        </message>
        <message>
            <source>The deal no longer exists.</source>
            <translation>该商机已不存在。</translation>
        </message>
        <message>
            <source>The deal has a strategy sheet already.</source>
            <translation>该商机已有销售策略表。</translation>
        </message>
        <message>
            <source>The deal has no strategy sheet.</source>
            <translation>该商机没有销售策略表。</translation>
        </message>
        <message>
            <source>A name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>An organisational result</source>
            <translation>组织诉求</translation>
        </message>
        <message>
            <source>A personal win</source>
            <translation>个人期望</translation>
        </message>
        <message>
            <source>The objective</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>The objective's amount</source>
            <translation>目标金额</translation>
        </message>
        <message>
            <source>The objective's date</source>
            <translation>目标日期</translation>
        </message>
        <message>
            <source>The compelling event</source>
            <translation>关键事件</translation>
        </message>
        <message>
            <source>The manager's note</source>
            <translation>经理备注</translation>
        </message>
    </context>
    <context>
        <name>StrategySheetWidget</name>
        <message>
            <source>&amp;Start a strategy sheet</source>
            <translation>开始销售策略表(&amp;S)</translation>
        </message>
        <message>
            <source>Buying centre</source>
            <translation>采购决策链</translation>
        </message>
        <message>
            <source>New stakeholder</source>
            <translation>新相关人员</translation>
        </message>
        <message>
            <source>Edit the buying centre</source>
            <translation>编辑采购决策链</translation>
        </message>
        <message>
            <source>Missing information and red flags</source>
            <translation>缺失信息和危险信号</translation>
        </message>
        <message>
            <source>Edit the open questions</source>
            <translation>编辑待解决问题</translation>
        </message>
        <message>
            <source>Competition</source>
            <translation>竞争</translation>
        </message>
        <message>
            <source>Edit the competition</source>
            <translation>编辑竞争态势</translation>
        </message>
        <message>
            <source>Promise boundaries (beyond standard, with approver)</source>
            <translation>承诺边界（超出标准的部分及批准人）</translation>
        </message>
        <message>
            <source>Edit the promises</source>
            <translation>编辑承诺</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>Edit the action plan</source>
            <translation>编辑行动计划</translation>
        </message>
        <message>
            <source>Choose a deal to see its strategy sheet.</source>
            <translation>选择一个商机以查看其销售策略表。</translation>
        </message>
        <message>
            <source>%1 has no strategy sheet yet. Plan the big case in a small room: objective, buying centre, competition, qualification, milestones.</source>
            <translation>%1 还没有销售策略表。小房间里谋划大项目：目标、采购决策链、竞争、资格判断、里程碑。</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · closes %4 · milestones %5 of 5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · 预计 %4 成交 · 里程碑 %5 / 5</translation>
        </message>
        <message>
            <source>(no date)</source>
            <translation>（无日期）</translation>
        </message>
        <message>
            <source>No warnings.</source>
            <translation>无警告。</translation>
        </message>
        <message>
            <source>Strategy sheet</source>
            <translation>销售策略表</translation>
        </message>
        <message>
            <source>Start a strategy sheet</source>
            <translation>开始销售策略表</translation>
        </message>
        <message>
            <source>Remove the strategy sheet</source>
            <translation>删除销售策略表</translation>
        </message>
    </context>
    <context>
        <name>StrategyWarnings</name>
        <message>
            <source>No economic buyer identified</source>
            <translation>未识别经济决策人</translation>
        </message>
        <message>
            <source>Economic buyer never met</source>
            <translation>从未见过经济决策人</translation>
        </message>
        <message>
            <source>No champion</source>
            <translation>没有支持者</translation>
        </message>
        <message>
            <source>Champion below middle management</source>
            <translation>支持者级别低于中层</translation>
        </message>
        <message>
            <source>Opponent with high influence</source>
            <translation>有高影响力的反对者</translation>
        </message>
        <message>
            <source>Single-threaded: all contacts on one level</source>
            <translation>单线联系：所有联系人都在同一层级</translation>
        </message>
        <message>
            <source>Qualification: 3 or more checks say drop</source>
            <translation>资格判断：3 项或更多建议放弃</translation>
        </message>
        <message>
            <source>Closes within 30 days with fewer than 3 of 5 milestones</source>
            <translation>30 天内成交但 5 个里程碑达成不足 3 个</translation>
        </message>
    </context>
    <context>
        <name>TeamFilesPage</name>
        <message>
            <source>Import Team Member's File…</source>
            <translation>导入团队成员的文件…</translation>
        </message>
        <message>
            <source>Imports into this workspace</source>
            <translation>导入到此工作区的记录</translation>
        </message>
        <message>
            <source>%1 — %2
%L3 new, %L4 updated, %L5 conflicts, %L6 left out</source>
            <translation>%1 — %2
%L3 新增，%L4 更新，%L5 冲突，%L6 未导入</translation>
        </message>
    </context>
    <context>
        <name>TextEncoding</name>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>UTF-8 with byte order mark</source>
            <translation>带字节顺序标记的 UTF-8</translation>
        </message>
        <message>
            <source>UTF-16 (little endian)</source>
            <translation>UTF-16（小端序）</translation>
        </message>
        <message>
            <source>UTF-16 (big endian)</source>
            <translation>UTF-16（大端序）</translation>
        </message>
        <message>
            <source>Windows-1252 (Western European)</source>
            <translation>Windows-1252（西欧）</translation>
        </message>
        <message>
            <source>GB18030 / GBK (Chinese)</source>
            <translation>GB18030 / GBK（中文）</translation>
        </message>
    </context>
    <context>
        <name>Translations</name>
        <message>
            <source>System language</source>
            <translation>系统语言</translation>
        </message>
    </context>
    <context>
        <name>UserGuideDialog</name>
        <message>
            <source>Dealbench User Guide</source>
            <translation>Dealbench 用户指南</translation>
        </message>
    </context>
    <context>
        <name>V2momCascadeView</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Whose</source>
            <translation>归属</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>对齐</translation>
        </message>
        <message>
            <source>Live measure</source>
            <translation>实时指标</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>节奏</translation>
        </message>
        <message>
            <source>(unknown person)</source>
            <translation>（未知人员）</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>⚠ No one supports this method</source>
            <translation>⚠ 没有人支持此方法</translation>
        </message>
        <message numerus="yes">
            <source>Supported by %n method(s)</source>
            <translation>
                <numerusform>有 %n 个方法支持</numerusform>
            </translation>
        </message>
        <message>
            <source>Their priority %1</source>
            <translation>其优先级 %1</translation>
        </message>
        <message>
            <source>Not linked to a method of %1</source>
            <translation>未关联到 %1 的方法</translation>
        </message>
        <message numerus="yes">
            <source>%n method(s)</source>
            <translation>
                <numerusform>%n 个方法</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Linked to nothing</source>
            <translation>⚠ 未关联任何方法</translation>
        </message>
        <message>
            <source>⚠ Linked method was removed</source>
            <translation>⚠ 关联的方法已删除</translation>
        </message>
        <message>
            <source>⚠ Linked method was removed: %1</source>
            <translation>⚠ 关联的方法已删除：%1</translation>
        </message>
        <message>
            <source>⚠ Linked to another sheet: %1</source>
            <translation>⚠ 关联到其他目标表：%1</translation>
        </message>
        <message>
            <source>No goal sheet yet</source>
            <translation>尚无目标表</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Has not written a sheet for this year</source>
            <translation>尚未编写今年的目标表</translation>
        </message>
        <message>
            <source>%1 — team of %2</source>
            <translation>%1 — %2 的团队</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>The reports' own targets add up to %1.</source>
            <translation>下属各自的目标合计为 %1。</translation>
        </message>
        <message>
            <source>own: %1</source>
            <translation>本人：%1</translation>
        </message>
        <message>
            <source>no own target</source>
            <translation>无本人目标</translation>
        </message>
        <message>
            <source>Reports' own targets together</source>
            <translation>下属各自目标合计</translation>
        </message>
        <message>
            <source>Cover the target</source>
            <translation>覆盖目标</translation>
        </message>
        <message>
            <source>Short of the target</source>
            <translation>低于目标</translation>
        </message>
        <message>
            <source>%1 has no goal sheet for this year yet: the team's methods cannot be aligned.</source>
            <translation>%1 还没有今年的目标表：团队的方法无法对齐。</translation>
        </message>
        <message>
            <source>%1 methods of %2, %3 without support; %4 of the team's methods not linked to one.</source>
            <translation>%2 有 %1 个方法，其中 %3 个无人支持；团队有 %4 个方法未关联。</translation>
        </message>
        <message>
            <source>Nobody reports to %1.</source>
            <translation>没有人向 %1 汇报。</translation>
        </message>
    </context>
    <context>
        <name>V2momMarkdown</name>
        <message>
            <source>V2MOM %1 — %2</source>
            <translation>V2MOM %1 — %2</translation>
        </message>
        <message>
            <source>Fiscal year %1 to %2</source>
            <translation>财年 %1 至 %2</translation>
        </message>
        <message>
            <source>aligned to %1</source>
            <translation>对齐到 %1</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>截至 %1</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>愿景</translation>
        </message>
        <message>
            <source>No vision written yet.</source>
            <translation>尚未写愿景。</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>价值观</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>暂无。</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Linked method was removed</source>
            <translation>关联的方法已删除</translation>
        </message>
        <message>
            <source>Supports: %1</source>
            <translation>支持：%1</translation>
        </message>
        <message>
            <source>Obstacles</source>
            <translation>障碍</translation>
        </message>
        <message>
            <source>method: %1</source>
            <translation>方法：%1</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>衡量指标</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>衡量指标</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>完成度</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>节奏</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>(unknown person)</source>
            <translation>（未知人员）</translation>
        </message>
        <message>
            <source>Alignment %1 — %2 and team</source>
            <translation>对齐 %1 — %2 及团队</translation>
        </message>
        <message>
            <source>%1 has no goal sheet for this year: no method can be supported yet.</source>
            <translation>%1 没有今年的目标表：目前没有可支持的方法。</translation>
        </message>
        <message>
            <source>Methods of %1 and who supports them</source>
            <translation>%1 的方法及其支持者</translation>
        </message>
        <message>
            <source>No one supports this method</source>
            <translation>没有人支持此方法</translation>
        </message>
        <message>
            <source>%1: %2 (priority %3)</source>
            <translation>%1：%2（优先级 %3）</translation>
        </message>
        <message>
            <source>Methods not linked to a method of %1</source>
            <translation>未关联到 %1 方法的方法</translation>
        </message>
        <message>
            <source>Every method of the team supports one of the manager's.</source>
            <translation>团队的每个方法都支持经理的某个方法。</translation>
        </message>
        <message>
            <source>not linked</source>
            <translation>未关联</translation>
        </message>
        <message>
            <source>linked method was removed</source>
            <translation>关联的方法已删除</translation>
        </message>
        <message>
            <source>linked method was removed (%1)</source>
            <translation>关联的方法已删除（%1）</translation>
        </message>
        <message>
            <source>linked to a method of another sheet (%1)</source>
            <translation>关联到其他目标表的方法（%1）</translation>
        </message>
        <message>
            <source>%1: %2 — %3</source>
            <translation>%1：%2 — %3</translation>
        </message>
        <message>
            <source>No goal sheet yet: %1</source>
            <translation>尚无目标表：%1</translation>
        </message>
        <message>
            <source>Roll-up of live measures</source>
            <translation>实时指标汇总</translation>
        </message>
        <message>
            <source>Target of %1</source>
            <translation>%1 的目标</translation>
        </message>
        <message>
            <source>Team value</source>
            <translation>团队数值</translation>
        </message>
        <message>
            <source>Sum of own targets</source>
            <translation>本人目标之和</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Own target</source>
            <translation>本人目标</translation>
        </message>
        <message>
            <source>Entered by hand (sum of entries)</source>
            <translation>手动录入（各条之和）</translation>
        </message>
        <message>
            <source>Entered by hand (latest entry)</source>
            <translation>手动录入（最新一条）</translation>
        </message>
        <message>
            <source>segment %1</source>
            <translation>细分市场 %1</translation>
        </message>
        <message>
            <source>industry %1</source>
            <translation>行业 %1</translation>
        </message>
    </context>
    <context>
        <name>V2momRefreshDiff</name>
        <message>
            <source>Vision</source>
            <translation>愿景</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Obstacle</source>
            <translation>障碍</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>衡量指标</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Reworded</source>
            <translation>改写</translation>
        </message>
        <message>
            <source>Priority changed</source>
            <translation>优先级变化</translation>
        </message>
        <message>
            <source>Link changed</source>
            <translation>关联变化</translation>
        </message>
    </context>
    <context>
        <name>V2momRefreshView</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Take &amp;snapshot</source>
            <translation>拍摄快照(&amp;S)</translation>
        </message>
        <message>
            <source>Remove snapshot</source>
            <translation>删除快照</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>当时</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>现在</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>衡量指标</translation>
        </message>
        <message>
            <source>Target then → now</source>
            <translation>目标 当时 → 现在</translation>
        </message>
        <message>
            <source>Completion then</source>
            <translation>当时完成度</translation>
        </message>
        <message>
            <source>Completion now</source>
            <translation>当前完成度</translation>
        </message>
        <message>
            <source>Value now</source>
            <translation>当前数值</translation>
        </message>
        <message>
            <source>Freeze the sheet as it is now, to compare with it later in the year</source>
            <translation>冻结目标表的当前状态，以便年内稍后对比</translation>
        </message>
        <message>
            <source>Compare with &amp;snapshot:</source>
            <translation>与快照对比(&amp;S)：</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>No snapshot yet. Take one at the start of the year or before a mid-year refresh; later this page shows what changed since.</source>
            <translation>还没有快照。请在年初或年中刷新前拍摄一个；之后此页面会显示此后的变化。</translation>
        </message>
        <message>
            <source>Priority %1 → %2</source>
            <translation>优先级 %1 → %2</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n 处变化</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (new)</source>
            <translation>%1（新）</translation>
        </message>
        <message>
            <source>%1 (removed)</source>
            <translation>%1（已删除）</translation>
        </message>
        <message>
            <source>— → %1</source>
            <translation>— → %1</translation>
        </message>
        <message>
            <source>%1 → —</source>
            <translation>%1 → —</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Due date moved from %1 to %2</source>
            <translation>截止日期从 %1 改为 %2</translation>
        </message>
        <message>
            <source>Nothing changed since the snapshot of %1.</source>
            <translation>自 %1 的快照以来没有变化。</translation>
        </message>
        <message numerus="yes">
            <source>Since the snapshot of %1: %n change(s) to the sheet.</source>
            <translation>
                <numerusform>自 %1 的快照以来：目标表有 %n 处变化。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>V2momService</name>
        <message>
            <source>A goal sheet belongs to a person.</source>
            <translation>目标表必须属于一个人。</translation>
        </message>
        <message>
            <source>The fiscal year is not valid.</source>
            <translation>财年无效。</translation>
        </message>
        <message>
            <source>A method can only support a method of the manager's sheet, not one of its own sheet.</source>
            <translation>方法只能支持经理目标表中的方法，不能支持本表中的方法。</translation>
        </message>
        <message>
            <source>An obstacle is attached to a method that is not on the sheet.</source>
            <translation>某个障碍关联的方法不在此目标表中。</translation>
        </message>
        <message>
            <source>A measure is attached to a method that is not on the sheet.</source>
            <translation>某个衡量指标关联的方法不在此目标表中。</translation>
        </message>
        <message>
            <source>The target of "%1" is not a number.</source>
            <translation>“%1”的目标不是数字。</translation>
        </message>
        <message>
            <source>The measure "%1" needs a due date.</source>
            <translation>衡量指标“%1”需要截止日期。</translation>
        </message>
        <message>
            <source>The measure "%1" starts after its due date.</source>
            <translation>衡量指标“%1”的开始日期晚于截止日期。</translation>
        </message>
        <message>
            <source>An entry of "%1" needs a date and a number.</source>
            <translation>“%1”的记录需要日期和数字。</translation>
        </message>
        <message>
            <source>The person of this goal sheet no longer exists.</source>
            <translation>此目标表所属的人员已不存在。</translation>
        </message>
        <message>
            <source>%1 has a goal sheet for this fiscal year already.</source>
            <translation>%1 已有本财年的目标表。</translation>
        </message>
        <message>
            <source>The goal sheet no longer exists.</source>
            <translation>该目标表已不存在。</translation>
        </message>
        <message>
            <source>The snapshot no longer exists.</source>
            <translation>该快照已不存在。</translation>
        </message>
        <message>
            <source>The vision</source>
            <translation>愿景</translation>
        </message>
        <message>
            <source>A due date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>A start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>An entry's date</source>
            <translation>记录的日期</translation>
        </message>
    </context>
    <context>
        <name>V2momSheetEditor</name>
        <message>
            <source>What matters, in order</source>
            <translation>重要的事，按顺序</translation>
        </message>
        <message>
            <source>Edit value</source>
            <translation>编辑价值观</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>新价值观</translation>
        </message>
        <message>
            <source>Add value</source>
            <translation>添加价值观</translation>
        </message>
        <message>
            <source>Remove value</source>
            <translation>删除价值观</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move up (Alt+Up)</source>
            <translation>上移（Alt+Up）</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation>下移（Alt+Down）</translation>
        </message>
        <message>
            <source>New obstacle</source>
            <translation>新障碍</translation>
        </message>
        <message>
            <source>Add obstacle</source>
            <translation>添加障碍</translation>
        </message>
        <message>
            <source>Remove obstacle</source>
            <translation>删除障碍</translation>
        </message>
        <message>
            <source>Edit vision</source>
            <translation>编辑愿景</translation>
        </message>
        <message>
            <source>&amp;Vision — what do you want to achieve?</source>
            <translation>愿景(&amp;V)——你想达成什么？</translation>
        </message>
        <message>
            <source>Values — what is important about it?</source>
            <translation>价值观——其中什么最重要？</translation>
        </message>
        <message>
            <source>&amp;Methods — how will you get it? (by priority)</source>
            <translation>方法(&amp;M)——你将如何达成？（按优先级）</translation>
        </message>
        <message>
            <source>Obstacles — what could stop you?</source>
            <translation>障碍——什么可能阻碍你？</translation>
        </message>
        <message>
            <source>Mea&amp;sures — how do you know you got it?</source>
            <translation>衡量指标(&amp;S)——你怎么知道已经达成？</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>  ·  reports to nobody</source>
            <translation>  ·  无上级</translation>
        </message>
        <message>
            <source>  ·  aligned to %1</source>
            <translation>  ·  对齐到 %1</translation>
        </message>
        <message>
            <source>Reorder values</source>
            <translation>调整价值观顺序</translation>
        </message>
        <message>
            <source>Obstacle</source>
            <translation>障碍</translation>
        </message>
        <message>
            <source>Threatens</source>
            <translation>威胁</translation>
        </message>
        <message>
            <source>The whole sheet</source>
            <translation>整张目标表</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Edit obstacle</source>
            <translation>编辑障碍</translation>
        </message>
    </context>
    <context>
        <name>V2momSheetView</name>
        <message>
            <source>(unknown manager)</source>
            <translation>（未知经理）</translation>
        </message>
    </context>
    <context>
        <name>V2momSnapshotCommand</name>
        <message>
            <source>Take snapshot</source>
            <translation>拍摄快照</translation>
        </message>
        <message>
            <source>Remove snapshot</source>
            <translation>删除快照</translation>
        </message>
    </context>
    <context>
        <name>VelocityChart</name>
        <message>
            <source>No open or closed deals in this period for this filter.</source>
            <translation>此筛选条件下本期没有进行中或已关闭的商机。</translation>
        </message>
        <message>
            <source>Sales velocity</source>
            <translation>销售速度</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>每天</translation>
        </message>
        <message>
            <source>%1 per day</source>
            <translation>每天 %1</translation>
        </message>
        <message>
            <source>Open opportunities</source>
            <translation>进行中的商机</translation>
        </message>
        <message>
            <source>%1 open deals</source>
            <translation>%1 个进行中商机</translation>
        </message>
        <message>
            <source>Win rate (%)</source>
            <translation>赢单率（%）</translation>
        </message>
        <message>
            <source>Win rate %1</source>
            <translation>赢单率 %1</translation>
        </message>
        <message>
            <source>Average deal size</source>
            <translation>平均商机金额</translation>
        </message>
        <message>
            <source>Average won deal %1</source>
            <translation>平均赢单金额 %1</translation>
        </message>
        <message>
            <source>Cycle length (days)</source>
            <translation>周期长度（天）</translation>
        </message>
        <message>
            <source>Average cycle %1</source>
            <translation>平均周期 %1</translation>
        </message>
        <message>
            <source>Velocity = open opportunities × win rate × average deal size ÷ cycle length. Win rate, deal size and cycle come from the deals closed in the %1 days before each point. Latest: %2 per day.</source>
            <translation>速度 = 进行中商机数 × 赢单率 × 平均商机金额 ÷ 周期长度。赢单率、商机金额和周期来自每个点之前 %1 天内关闭的商机。最新：每天 %2。</translation>
        </message>
    </context>
    <context>
        <name>VisionEditor</name>
        <message>
            <source>B</source>
            <translation>粗</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>加粗（Ctrl+B）</translation>
        </message>
        <message>
            <source>I</source>
            <translation>斜</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>斜体（Ctrl+I）</translation>
        </message>
        <message>
            <source>•</source>
            <translation>•</translation>
        </message>
        <message>
            <source>Bullet list (Ctrl+Shift+L)</source>
            <translation>项目符号列表（Ctrl+Shift+L）</translation>
        </message>
        <message>
            <source>What do you want to achieve this year?</source>
            <translation>今年你想达成什么？</translation>
        </message>
    </context>
    <context>
        <name>WaterfallChart</name>
        <message>
            <source>No open pipeline in this period for this filter.</source>
            <translation>此筛选条件下本期没有在途管道。</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>期初</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Increases</source>
            <translation>增加</translation>
        </message>
        <message>
            <source>Decreases</source>
            <translation>减少</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>Moved in</source>
            <translation>转入</translation>
        </message>
        <message>
            <source>Moved out</source>
            <translation>转出</translation>
        </message>
        <message>
            <source>End</source>
            <translation>期末</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>移出</translation>
        </message>
        <message>
            <source>Open pipeline</source>
            <translation>在途管道</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n 个商机</numerusform>
            </translation>
        </message>
        <message>
            <source>Open pipeline in %1 at the start and the end of the period; the same computation as the weekly review. A deal created and closed in the period counts in both New and Won or Lost.</source>
            <translation>期初和期末的在途管道（单位 %1）；计算方式与每周复盘相同。本期内创建并关闭的商机同时计入“流入”和“赢单”或“丢单”。</translation>
        </message>
        <message>
            <source>The steps do not add up to the end: please report this.</source>
            <translation>各步骤相加不等于期末值：请报告此问题。</translation>
        </message>
    </context>
    <context>
        <name>WaterfallWidget</name>
        <message>
            <source>Pipeline at start</source>
            <translation>期初管道</translation>
        </message>
        <message>
            <source>+ New and reopened</source>
            <translation>+ 新建和重新打开</translation>
        </message>
        <message>
            <source>+ Amounts raised</source>
            <translation>+ 金额上调</translation>
        </message>
        <message>
            <source>− Amounts lowered</source>
            <translation>− 金额下调</translation>
        </message>
        <message>
            <source>− Lost</source>
            <translation>− 丢单</translation>
        </message>
        <message>
            <source>− Won</source>
            <translation>− 赢单</translation>
        </message>
        <message>
            <source>+ Handed over from other reps</source>
            <translation>+ 从其他销售代表转入</translation>
        </message>
        <message>
            <source>− Handed over to other reps</source>
            <translation>− 转给其他销售代表</translation>
        </message>
        <message>
            <source>Pipeline at end</source>
            <translation>期末管道</translation>
        </message>
        <message>
            <source>Start + new + raised − lowered − lost − won = end</source>
            <translation>期初 + 新建 + 上调 − 下调 − 丢单 − 赢单 = 期末</translation>
        </message>
        <message>
            <source>The figures do not add up: please report this.</source>
            <translation>数字对不上：请报告此问题。</translation>
        </message>
    </context>
    <context>
        <name>WeekPlannerWidget</name>
        <message>
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>上一周</translation>
        </message>
        <message>
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>下一周</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <source>Plan a visit for this deal</source>
            <translation>为此商机计划拜访</translation>
        </message>
        <message>
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <source>Plan a visit</source>
            <translation>计划拜访</translation>
        </message>
        <message>
            <source>Open deals with no next step</source>
            <translation>没有下一步的进行中商机</translation>
        </message>
        <message>
            <source>All reps</source>
            <translation>全部销售代表</translation>
        </message>
        <message>
            <source>Day / time</source>
            <translation>日期 / 时间</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>行动目标</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <source>Last interaction</source>
            <translation>最近一次客户接触</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>%1 这一周</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n)</source>
            <translation>
                <numerusform>%1（%n）</numerusform>
            </translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>%1 without objective · %2 review due · %3 deals without next step</source>
            <translation>%1 次无行动目标 · %2 次待复盘 · %3 个商机无下一步</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReviewReport</name>
        <message>
            <source>Amounts in %1 are left out of the totals: no exchange rate to %2.</source>
            <translation>%1 的金额未计入合计：没有到 %2 的汇率。</translation>
        </message>
        <message>
            <source>Forecast vs quota</source>
            <translation>预测与配额</translation>
        </message>
        <message>
            <source>Quota period %1 – %2; amounts in %3. Forecast = closed + commit.</source>
            <translation>配额期间 %1 – %2；金额单位 %3。预测 = 已成交 + 承诺。</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>配额</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已成交</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>最佳情况</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>加权</translation>
        </message>
        <message>
            <source>Gap to quota</source>
            <translation>距配额差额</translation>
        </message>
        <message>
            <source>Coverage (needed)</source>
            <translation>覆盖率（所需）</translation>
        </message>
        <message>
            <source>Forecast per rep</source>
            <translation>各销售代表的预测</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>Open pipeline</source>
            <translation>在途管道</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>进行中的商机</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖率</translation>
        </message>
        <message>
            <source>Needed coverage</source>
            <translation>所需覆盖率</translation>
        </message>
        <message>
            <source>(no owner)</source>
            <translation>（无负责人）</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>漏斗</translation>
        </message>
        <message>
            <source>Funnel summary per stage</source>
            <translation>各阶段漏斗汇总</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Avg. days in stage</source>
            <translation>平均阶段停留天数</translation>
        </message>
        <message>
            <source>Passed through</source>
            <translation>经过</translation>
        </message>
        <message>
            <source>Moved on</source>
            <translation>已推进</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>转化率</translation>
        </message>
        <message>
            <source>Open deals per stage</source>
            <translation>各阶段进行中的商机</translation>
        </message>
        <message>
            <source>Pipeline waterfall</source>
            <translation>管道瀑布图</translation>
        </message>
        <message>
            <source>Open pipeline from the start to the end of the week</source>
            <translation>本周初至周末的在手管道</translation>
        </message>
        <message>
            <source>Waterfall in %1</source>
            <translation>瀑布图（%1）</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>期初</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Increases</source>
            <translation>增加</translation>
        </message>
        <message>
            <source>Decreases</source>
            <translation>减少</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <source>Transferred in</source>
            <translation>转入</translation>
        </message>
        <message>
            <source>Transferred out</source>
            <translation>转出</translation>
        </message>
        <message>
            <source>End</source>
            <translation>期末</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>本周变化</translation>
        </message>
        <message>
            <source>Deals by flow state</source>
            <translation>按流动状态划分的商机</translation>
        </message>
        <message>
            <source>Flow state</source>
            <translation>流动状态</translation>
        </message>
        <message numerus="yes">
            <source>Changes in the week (%n change(s))</source>
            <translation>
                <numerusform>本周变化（%n 项）</numerusform>
            </translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Δ amount</source>
            <translation>金额变化</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>需要关注</translation>
        </message>
        <message numerus="yes">
            <source>Deals that need the manager (%n deal(s))</source>
            <translation>
                <numerusform>需要经理关注的商机（%n 个）</numerusform>
            </translation>
        </message>
        <message>
            <source>Close date</source>
            <translation>成交日期</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>阶段停留天数</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>No deal needs attention this week.</source>
            <translation>本周没有需要关注的商机。</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Dealbench</source>
            <translation>欢迎使用 Dealbench</translation>
        </message>
        <message>
            <source>Your pipeline, behaviour, strategy and funnel tables, and V2MOM goals in one file.</source>
            <translation>你的销售管道、销售行为控制表、销售策略表、销售漏斗表和 V2MOM 目标，全在一个文件里。</translation>
        </message>
        <message>
            <source>Open the demo workspace</source>
            <translation>打开演示工作区</translation>
        </message>
        <message>
            <source>A sales team with a year of deals, to look around and try things.</source>
            <translation>一支有一年商机数据的销售团队，可随意浏览和试用。</translation>
        </message>
        <message>
            <source>Create a new workspace</source>
            <translation>创建新工作区</translation>
        </message>
        <message>
            <source>Start empty with the standard pipeline, your name and your manager's.</source>
            <translation>从空白开始，使用标准销售管道，填写你和你经理的姓名。</translation>
        </message>
        <message>
            <source>Import from CSV</source>
            <translation>从 CSV 导入</translation>
        </message>
        <message>
            <source>Bring deals and contacts from a spreadsheet or another CRM.</source>
            <translation>从电子表格或其他 CRM 导入商机和联系人。</translation>
        </message>
        <message>
            <source>Open an existing file</source>
            <translation>打开现有文件</translation>
        </message>
        <message>
            <source>A .dealbench workspace, yours or one a rep sent you.</source>
            <translation>一个 .dealbench 工作区，你自己的或销售代表发给你的。</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>最近的文件</translation>
        </message>
        <message>
            <source>Back to the workspace</source>
            <translation>返回工作区</translation>
        </message>
        <message>
            <source>%1 is no longer there.</source>
            <translation>%1 已不存在。</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>没有最近的文件</translation>
        </message>
        <message>
            <source>Importing from CSV is not available in this version.</source>
            <translation>此版本不支持从 CSV 导入。</translation>
        </message>
        <message>
            <source>Open or create a workspace first; the deals are imported into it.</source>
            <translation>请先打开或创建一个工作区；商机将导入到其中。</translation>
        </message>
    </context>
    <context>
        <name>WhatChangedModel</name>
        <message>
            <source>%1 in %2</source>
            <translation>%2 中的 %1</translation>
        </message>
        <message>
            <source>%1 — double-click to open the deal</source>
            <translation>%1 —— 双击打开商机</translation>
        </message>
        <message>
            <source>Next step: %1 (%2)</source>
            <translation>下一步：%1（%2）</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Change in %1</source>
            <translation>%1 的变化</translation>
        </message>
        <message>
            <source>Review note</source>
            <translation>复盘备注</translation>
        </message>
    </context>
    <context>
        <name>WhitespaceModel</name>
        <message>
            <source>·</source>
            <translation>·</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <source>Rename a department</source>
            <translation>重命名部门</translation>
        </message>
        <message>
            <source>Mark the whitespace</source>
            <translation>标记空白领域</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
    </context>
    <context>
        <name>WinLossChart</name>
        <message>
            <source>nothing recorded</source>
            <translation>无记录</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>赢单率</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Win rate (%)</source>
            <translation>赢单率（%）</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>总体</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Won %2 of %3 closed (%4)&lt;br&gt;Won amount: %5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%3 个已关闭中赢单 %2 个（%4）&lt;br&gt;赢单金额：%5</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>丢单原因</translation>
        </message>
        <message>
            <source>Lost reasons — no deals lost</source>
            <translation>丢单原因——没有丢单</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 deals (%3 of lost)&lt;br&gt;%4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 个商机（占丢单 %3）&lt;br&gt;%4</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Lost deals</source>
            <translation>丢单商机</translation>
        </message>
        <message>
            <source>No deals were won or lost in this period for this filter.</source>
            <translation>此筛选条件下本期没有赢单或丢单的商机。</translation>
        </message>
        <message>
            <source>By segment</source>
            <translation>按细分市场</translation>
        </message>
        <message>
            <source>By source</source>
            <translation>按来源</translation>
        </message>
        <message>
            <source>By competitor</source>
            <translation>按竞争对手</translation>
        </message>
        <message>
            <source>Win rate by segment</source>
            <translation>按细分市场的赢单率</translation>
        </message>
        <message>
            <source>Win rate by industry</source>
            <translation>按行业的赢单率</translation>
        </message>
        <message>
            <source>Win rate by lead source</source>
            <translation>按线索来源的赢单率</translation>
        </message>
        <message>
            <source>Win rate by competitor</source>
            <translation>按竞争对手的赢单率</translation>
        </message>
        <message>
            <source>%1 won, %2 lost in the period: win rate %3 (dashed line). Bars show each group's win rate, closed deals in brackets. Competitor: won deals count for every competitor their strategy sheet names, lost deals for the competitor that won.</source>
            <translation>本期赢单 %1 个，丢单 %2 个：赢单率 %3（虚线）。柱形显示各组的赢单率，括号内为已关闭商机数。竞争对手：赢单计入其销售策略表中列出的每个竞争对手，丢单计入赢得该商机的竞争对手。</translation>
        </message>
    </context>
    <context>
        <name>WinScenarioChart</name>
        <message>
            <source>Won deals</source>
            <translation>赢单商机</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Share of won deals (%)</source>
            <translation>赢单占比（%）</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 won deals (%3)&lt;br&gt;%4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 个赢单（%3）&lt;br&gt;%4</translation>
        </message>
        <message>
            <source>No deals were won in this period for this filter.</source>
            <translation>此筛选条件下本期没有赢单。</translation>
        </message>
        <message>
            <source>%1 deals won in the period (%2); %3 of them have a strategy sheet, which is where problem, trigger, competitors and champion come from. Grey: not recorded, or the smaller values together.</source>
            <translation>本期赢单 %1 个（%2）；其中 %3 个有销售策略表，问题、触发因素、竞争对手和支持者都来自其中。灰色：未记录，或较小值的合并。</translation>
        </message>
    </context>
    <context>
        <name>WinScenarios</name>
        <message>
            <source>Segment</source>
            <translation>细分市场</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Company size</source>
            <translation>公司规模</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>触发因素</translation>
        </message>
        <message>
            <source>Competitor beaten</source>
            <translation>击败的竞争对手</translation>
        </message>
        <message>
            <source>Champion role</source>
            <translation>支持者角色</translation>
        </message>
    </context>
    <context>
        <name>WonDialog</name>
        <message>
            <source>Mark as won</source>
            <translation>标记为赢单</translation>
        </message>
        <message>
            <source>Congratulations! Confirm the signed amount and the close date of “%1”.</source>
            <translation>恭喜！请确认“%1”的签约金额和成交日期。</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>成交日期</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceBackup</name>
        <message>
            <source>Daily, on open</source>
            <translation>每天打开时</translation>
        </message>
        <message>
            <source>Before upgrading the file</source>
            <translation>升级文件之前</translation>
        </message>
        <message>
            <source>Before merging team files</source>
            <translation>合并团队文件之前</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>导入之前</translation>
        </message>
        <message>
            <source>Before restoring a backup</source>
            <translation>恢复备份之前</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceBackups</name>
        <message>
            <source>Could not create the backup folder %1. Check that it can be written, or choose another backup folder in the settings.</source>
            <translation>无法创建备份文件夹 %1。请检查它是否可写，或在设置中选择其他备份文件夹。</translation>
        </message>
        <message>
            <source>Could not write a backup to %1 (%2). Is the disk full or write-protected?</source>
            <translation>无法将备份写入 %1（%2）。磁盘是否已满或受写保护？</translation>
        </message>
        <message>
            <source>%1 exists already.</source>
            <translation>%1 已存在。</translation>
        </message>
        <message>
            <source>Could not copy the backup to %1. Is the disk full or write-protected?</source>
            <translation>无法将备份复制到 %1。磁盘是否已满或受写保护？</translation>
        </message>
        <message>
            <source>Could not replace %1 with the backup. The file is unchanged.</source>
            <translation>无法用备份替换 %1。文件未改变。</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceFileController</name>
        <message>
            <source>Dealbench workspaces (*.dealbench);;All files (*)</source>
            <translation>Dealbench 工作区 (*.dealbench);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Open Read-Only?</source>
            <translation>以只读方式打开？</translation>
        </message>
        <message>
            <source>%1 is write-protected. Open it read-only? You can look at everything but not change it.</source>
            <translation>%1 受写保护。以只读方式打开吗？你可以查看所有内容，但不能修改。</translation>
        </message>
        <message>
            <source>Open it read-only? You can look at everything but not change it.</source>
            <translation>以只读方式打开吗？你可以查看所有内容，但不能修改。</translation>
        </message>
        <message>
            <source>Cannot Open Workspace</source>
            <translation>无法打开工作区</translation>
        </message>
        <message numerus="yes">
            <source>The latest good backup is from %1 and holds %n deal(s). Choose Yes to open it as a copy beside the damaged file, or Open to look at the damaged file read-only.</source>
            <translation>
                <numerusform>最近一个完好的备份来自 %1，包含 %n 个商机。选择“是”将其作为副本在损坏文件旁边打开，或选择“打开”以只读方式查看损坏的文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>No backup of it was found. Choose Open to look at it read-only.</source>
            <translation>未找到其备份。选择“打开”以只读方式查看。</translation>
        </message>
        <message>
            <source>Workspace Damaged</source>
            <translation>工作区已损坏</translation>
        </message>
        <message>
            <source> (backup %1)</source>
            <translation>（备份 %1）</translation>
        </message>
        <message>
            <source>Cannot Restore Backup</source>
            <translation>无法恢复备份</translation>
        </message>
        <message>
            <source>No Backup Today</source>
            <translation>今天没有备份</translation>
        </message>
        <message>
            <source>The workspace is open read-only and cannot be replaced. Open the backup as a copy instead.</source>
            <translation>工作区以只读方式打开，无法替换。请改为将备份作为副本打开。</translation>
        </message>
        <message>
            <source>Replace Workspace?</source>
            <translation>替换工作区？</translation>
        </message>
        <message>
            <source>Replace %1 with the backup from %2? The workspace as it is now is backed up first, so you can go back.</source>
            <translation>用 %2 的备份替换 %1？会先备份当前的工作区，因此你可以恢复回来。</translation>
        </message>
        <message>
            <source>New Workspace</source>
            <translation>新建工作区</translation>
        </message>
        <message>
            <source>My pipeline.dealbench</source>
            <translation>我的销售管道.dealbench</translation>
        </message>
        <message>
            <source>Cannot Create Workspace</source>
            <translation>无法创建工作区</translation>
        </message>
        <message>
            <source>%1 is the workspace that is open. Choose another file name.</source>
            <translation>%1 是当前打开的工作区。请选择其他文件名。</translation>
        </message>
        <message>
            <source>%1 could not be replaced. Is it write-protected?</source>
            <translation>无法替换 %1。它是否受写保护？</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>打开工作区</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation>（副本）</translation>
        </message>
        <message>
            <source>Save a Copy As</source>
            <translation>另存副本</translation>
        </message>
        <message>
            <source>Cannot Save a Copy</source>
            <translation>无法保存副本</translation>
        </message>
        <message>
            <source>A copy cannot replace the workspace that is open.</source>
            <translation>副本不能替换当前打开的工作区。</translation>
        </message>
        <message numerus="yes">
            <source>The latest good backup is from %1 and holds %n deal(s). Choose Yes to open it as a copy beside the damaged file.</source>
            <translation>
                <numerusform>最近一次完好的备份创建于 %1，包含 %n 个商机。选择“是”将其作为副本在损坏文件旁打开。</numerusform>
            </translation>
        </message>
        <message>
            <source>No backup of it was found in %1. If you have a copy elsewhere (a colleague, e-mail, a USB stick), open that instead.</source>
            <translation>在 %1 中没有找到它的备份。如果您在别处有副本（同事、电子邮件、U 盘），请改为打开该副本。</translation>
        </message>
        <message>
            <source>Cannot Compact Workspace</source>
            <translation>无法压缩工作区</translation>
        </message>
        <message>
            <source>The workspace is open read-only and cannot be compacted.</source>
            <translation>工作区以只读方式打开，无法压缩。</translation>
        </message>
        <message>
            <source>Compact Workspace?</source>
            <translation>压缩工作区？</translation>
        </message>
        <message>
            <source>Compact %1? Dealbench closes the workspace, writes the file afresh without its unused space and opens it again; the data does not change. A large file takes about 20 seconds per gigabyte, and the undo history is cleared.</source>
            <translation>压缩 %1？Dealbench 会关闭工作区，去掉未使用的空间重新写入文件，然后再次打开；数据不会改变。大文件每 GB 约需 20 秒，撤销历史会被清除。</translation>
        </message>
        <message>
            <source>Compacting %1…</source>
            <translation>正在压缩 %1…</translation>
        </message>
        <message>
            <source>Compact Workspace</source>
            <translation>压缩工作区</translation>
        </message>
        <message>
            <source>Workspace Compacted</source>
            <translation>工作区已压缩</translation>
        </message>
        <message>
            <source>The file took %1 and takes %2 now.</source>
            <translation>文件原占 %1，现在占 %2。</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceMerge</name>
        <message>
            <source>Could not read %1.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <source>%1 is damaged (%2).</source>
            <translation>%1 已损坏（%2）。</translation>
        </message>
        <message>
            <source>%1 cannot be imported: %2.</source>
            <translation>%1 无法导入：%2。</translation>
        </message>
        <message>
            <source>A workspace cannot be imported into itself.</source>
            <translation>工作区不能导入到自身。</translation>
        </message>
        <message>
            <source>No room for a temporary copy of %1.</source>
            <translation>没有空间存放 %1 的临时副本。</translation>
        </message>
        <message>
            <source>Copying %1</source>
            <translation>正在复制 %1</translation>
        </message>
        <message>
            <source>Checking %1</source>
            <translation>正在检查 %1</translation>
        </message>
        <message>
            <source>Validating %1</source>
            <translation>正在验证 %1</translation>
        </message>
        <message>
            <source>Looking for conflicts</source>
            <translation>正在查找冲突</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>正在导入 %1</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Comparing %1 with this workspace</source>
            <translation>正在将 %1 与此工作区比较</translation>
        </message>
        <message>
            <source>Saving the workspace</source>
            <translation>正在保存工作区</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceStatusBar</name>
        <message>
            <source>Read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <source>The file is open read-only: changes cannot be saved.</source>
            <translation>文件以只读方式打开：无法保存更改。</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>未打开工作区</translation>
        </message>
        <message>
            <source>Deals: %1</source>
            <translation>商机：%1</translation>
        </message>
        <message>
            <source>Deals: unknown</source>
            <translation>商机：未知</translation>
        </message>
    </context>
</TS>

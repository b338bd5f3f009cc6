namespace MarketingSaaS.ProcessTemplates;

/// <summary>
/// The processes of the customers' documents (source-processes.md §2). Durations the documents do not give
/// are our estimates; a step's group defaults to its position, so steps run one after another.
/// </summary>
public static class DefaultProcessLibrary
{
    private const string Head = "市场部负责人";
    private const string Researcher = "市场调研岗";
    private const string Strategist = "策略规划岗";
    private const string Executor = "活动执行岗";
    private const string Brand = "品牌建设岗";
    private const string CustomerOps = "客户运营岗";
    private const string Analyst = "数据评估岗";
    private const string Specialist = "市场专员";
    private const string Gm = "总经理";
    private const string Finance = "财务审核岗";
    private const string SalesHead = "销售部负责人";

    /// <summary>The Events module's document template (<c>EventsTemplateNames.EventPlan</c>); the platform may not reference the module.</summary>
    private const string EventPlanTemplate = "Events.EventPlan";

    /// <summary>English names of the default org chart positions, for companies whose chart was imported in English.</summary>
    public static readonly IReadOnlyDictionary<string, string> PositionNamesEn = new Dictionary<string, string>
    {
        [Head] = "Head of Marketing", [Researcher] = "Market Researcher", [Strategist] = "Strategy Planner",
        [Executor] = "Event Executor", [Brand] = "Brand Builder", [CustomerOps] = "Customer Operations",
        [Analyst] = "Data Analyst", [Specialist] = "Marketing Specialist", [Gm] = "General Manager",
        [Finance] = "Finance reviewer", [SalesHead] = "Head of Sales",
    };

    public static readonly IReadOnlyList<DefaultTemplateSpec> Templates =
    [
        new("MR-001", "市场调研五步流程", "Market research in five steps", "市场调研", "Research",
        [
            Step("调研需求确认", "Requirement confirmation", 2, [Researcher, Strategist], D("《市场调研需求确认单》", "Research requirement sheet")),
            Step("调研方案设计", "Plan design", 3, [Researcher], new("《市场调研方案》", "Market research plan", DocumentTemplate: TextTemplates.MarketingSaaSTemplateNames.MarketResearchPlan)),
            Step("调研执行", "Execution", 10, [Researcher, Specialist], D("调研原始数据", "Raw research data")),
            Step("数据整理与分析", "Analysis", 5, [Researcher], D("《市场调研分析报告》", "Market research analysis report")),
            Step("调研成果同步", "Share results", 1, [Researcher]),
        ]),
        new("SC-001", "市场调研策划流程", "Research planning", "市场调研", "Research",
        [
            Step("编制调研策划书", "Draft the research plan", 3, [Researcher], D("《市场调研策划书》", "Research planning document")),
            Step("产品市场经理审核", "Product-marketing manager review", 2, [Head], approval: true),
            Step("事业部经理审批预算", "Business-unit manager approves the budget", 2, [Gm], approval: true),
            Step("会签", "Co-signing", 2, [Head]),
        ]),
        new("SC-002", "市场调研流程", "Research", "市场调研", "Research",
        [
            Step("准备问卷与信息搜集表", "Prepare questionnaire and information sheet", 2, [Researcher], D("《市场信息搜集表》", "Market information sheet")),
            Step("分配调研任务", "Assign research tasks", 1, [SalesHead]),
            Step("实地调研并反馈", "Fieldwork and report back", 10, [SalesHead]),
            Step("审核并撰写调研汇报", "Review and write the research report", 3, [Researcher], D("《市场调研汇报》", "Research report")),
            Step("产品市场经理审批", "Product-marketing manager approval", 2, [Head], approval: true),
        ]),
        new("SC-003", "市场推广策划流程", "Promotion planning", "市场推广", "Promotion",
        [
            Step("共同研讨目标与策略", "Discuss goals and strategy together", 2, [Strategist, Head]),
            Step("编制推广计划指导书", "Compile the promotion plan", 3, [Strategist], D("《市场推广计划指导书》", "Promotion plan guide")),
            Step("部门经理、技术总监、总经理审批", "Approval by department manager, CTO and GM", 3, [Head, Gm], approval: true),
            Step("执行推广", "Execute the promotion", 20, [SalesHead]),
        ]),
        new("SC-004", "销售计划制定、审批流程", "Sales plan", "销售", "Sales",
        [
            Step("提交月度销售计划表", "Submit the monthly sales plan", 3, [SalesHead], D("《销售计划表》", "Sales plan sheet")),
            Step("部门经理汇总", "Department manager consolidates", 2, [SalesHead]),
            Step("产品市场经理审批", "Product-marketing manager approval", 2, [Head], approval: true),
            Step("总经理审批", "GM approval", 2, [Gm], approval: true),
            Step("执行销售计划", "Execute the plan", 20, [SalesHead]),
        ]),
        new("SC-005", "产品定价流程", "Pricing", "产品", "Product",
        [
            Step("定价评审", "Pricing review", 3, [Head], approval: true),
        ]),
        new("SC-006", "宣传资料制作流程", "Promotional material", "品牌", "Brand",
        [
            Step("提出制作需求", "State the request", 1, [Specialist]),
            Step("设计制作", "Design", 5, [Brand]),
            Step("部门经理审核", "Department managers review", 2, [Head], approval: true),
            Step("归档", "Archive", 1, [Brand], D("宣传资料定稿", "Final material")),
        ]),
        new("SC-007", "市场活动策划流程", "Event planning", "市场活动", "Events",
        [
            Step("活动调研", "Research first", 3, [Researcher]),
            Step("编制活动策划书", "Write the event plan", 3, [Executor], new("《市场活动策划书》", "Event plan", DocumentTemplate: EventPlanTemplate)),
            Step("活动审批", "Approval", 2, [Head], approval: true),
            Step("执行并记录", "Execute with records", 5, [Executor]),
            Step("总结并沉淀模板", "Summarise into a reusable template", 2, [Executor], D("活动总结", "Event summary")),
        ]),
        new("SC-008", "培训管理流程", "Training", "培训", "Training",
        [
            Step("提交技术服务申请单", "Submit the service request", 1, [Specialist], D("《技术服务申请单》", "Technical service request")),
            Step("审批并制定培训计划", "Approve and plan the training", 3, [Head], D("《培训计划》", "Training plan"), approval: true),
            Step("实施培训", "Hold the training", 2, [Specialist]),
            Step("回收培训调查表", "Collect the training survey", 2, [Specialist], D("《培训调查表》", "Training survey")),
            Step("总结改进", "Summary and improvements", 2, [Head]),
        ]),
        new("SC-009", "顾客信息反馈流程", "Customer feedback", "客户", "Customers",
        [
            Step("审批满意度调查计划", "Approve the satisfaction survey plan", 2, [Head], D("《客户满意度调查计划》", "Satisfaction survey plan"), approval: true),
            Step("设计调查", "Design the survey", 3, [Researcher]),
            Step("收集反馈", "Collect feedback", 10, [CustomerOps, SalesHead]),
            Step("编写调查汇报", "Write the survey report", 3, [Researcher], D("《调查汇报》", "Survey report")),
            Step("总经理审批", "GM approval", 2, [Gm], approval: true),
            Step("落实改进", "Carry out the fix", 10, [CustomerOps]),
        ]),
        new("SC-010", "售后服务管理流程", "After-sales service", "客户", "Customers",
        [
            Step("提交售后服务申请", "Submit the after-sales request", 1, [CustomerOps], D("《技术服务申请单》", "Technical service request")),
            Step("审核并指派人员", "Review and assign staff", 2, [Head], approval: true),
            Step("编写预处理方案", "Write the pre-treatment plan", 2, [CustomerOps], D("《预处理方案》", "Pre-treatment plan")),
            Step("方案审核", "Plan review", 1, [Head], approval: true),
            Step("执行服务", "Carry out the service", 5, [CustomerOps]),
        ]),
        new("EV-SOP", "活动标准流程", "Event SOP", "市场活动", "Events",
        [
            Step("立项", "Initiation", 2, [Executor], D("《活动价值画布》", "Value canvas")),
            Step("设计", "Design", 3, [Executor]),
            Step("执行", "Execution", 5, [Executor]),
            Step("复盘", "Review", 2, [Executor, Analyst], D("《效能优化清单》", "Efficiency improvement list")),
        ]),
        new("MP-001", "营销计划循环", "Marketing plan cycle", "营销计划", "Planning",
        [
            Step("计划", "Plan", 5, [Strategist], D("《营销执行方案》", "Marketing execution plan"), approval: true),
            Step("执行", "Execute", 20, [Executor]),
            Step("监控", "Monitor", 20, [Analyst]),
            Step("复盘", "Review", 3, [Analyst, Head], D("《复盘报告》", "Review report")),
        ]),
    ];

    private static DefaultDeliverableSpec D(string zh, string en) => new(zh, en);

    private static DefaultStepSpec Step(string zh, string en, int days, string[] positions, DefaultDeliverableSpec? deliverable = null, bool approval = false) =>
        new(zh, en, days, positions, deliverable is null ? [] : [deliverable], approval);
}

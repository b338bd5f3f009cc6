using MarketingSaaS.OrganizationUnits;

namespace MarketingSaaS.OrgCharts;

/// <summary>
/// The org charts of the customers' documents (shared/domain/source-processes.md §1): the marketing
/// department with its head and eight positions ("standard"), or one manager with four groups ("small");
/// both with the management and finance posts that approval routes need.
/// </summary>
public static class DefaultOrgChartTemplates
{
    public const string Standard = "standard";
    public const string Small = "small";

    public static IReadOnlyList<string> Names => [Standard, Small];

    public static OrgChartTemplate? Find(string name) => name switch
    {
        Standard => new OrgChartTemplate(Standard, [.. CommonUnits, Unit("marketing", "gm", "市场部", "Marketing")], [.. CommonPositions, .. StandardMarketing]),
        Small => new OrgChartTemplate(Small, [.. CommonUnits, Unit("marketing", "gm", "市场部", "Marketing"), .. SmallGroups], [.. CommonPositions, .. SmallMarketing]),
        _ => null,
    };

    private static readonly OrgChartTemplateUnit[] CommonUnits =
    [
        Unit("gm", null, "总经理办公室", "General Manager's Office"),
        Unit("sales", "gm", "销售部", "Sales"),
        Unit("product", "gm", "产品部", "Product"),
        Unit("finance", "gm", "财务部", "Finance"),
    ];

    private static readonly OrgChartTemplateUnit[] SmallGroups =
    [
        Group("research-group", "市场调研小组", "Market research group"),
        Group("brand-group", "品牌推广小组", "Brand promotion group"),
        Group("event-group", "活动策划小组", "Event planning group"),
        Group("crm-group", "客户关系管理小组", "Customer relationship group"),
    ];

    private static readonly OrgChartTemplatePosition[] CommonPositions =
    [
        new("gm", "gm", true, "总经理", "General Manager", "公司经营决策；审批战略级事项与特殊活动", "Runs the company; approves strategic matters and special events"),
        new("vp", "gm", false, "分管副总", "VP in charge", "分管市场与销售；审批战役级事项", "Oversees marketing and sales; approves campaign-tier matters"),
        new("sales-head", "sales", true, "销售部负责人", "Head of Sales", "销售目标与一线反馈", "Sales targets and field feedback"),
        new("product-head", "product", true, "产品部负责人", "Head of Product", "产品需求与上市计划", "Product needs and launch plans"),
        new("finance-reviewer", "finance", true, "财务审核岗", "Finance reviewer", "预算与费用复核", "Reviews budgets and expenses"),
    ];

    private static readonly OrgChartTemplatePosition[] StandardMarketing =
    [
        new("marketing-head", "marketing", true, "市场部负责人", "Head of Marketing",
            "统筹全流程；审批策略、预算与重大活动；协调资源；对结果负责",
            "Runs the whole process; approves strategy, budget and major events; coordinates resources; owns results",
            "sales-head", "product-head", "finance-reviewer"),
        new("researcher", "marketing", false, "市场调研岗", "Market Researcher",
            "用户、竞品与行业调研；输出调研报告；跟踪趋势", "User, competitor and industry research; research reports; tracks trends",
            "product-head", "sales-head"),
        new("strategist", "marketing", false, "策略规划岗", "Strategy Planner",
            "基于调研制定品牌、产品推广与渠道策略；拆解目标为执行路径", "Brand, promotion and channel strategy from research; splits targets into execution paths",
            "researcher", "sales-head"),
        new("event-executor", "marketing", false, "活动执行岗", "Event Executor",
            "策划并执行线上线下活动；管理供应商；把控质量与进度", "Plans and runs online and offline events; manages vendors; quality and schedule",
            "strategist", "finance-reviewer"),
        new("brand-builder", "marketing", false, "品牌建设岗", "Brand Builder",
            "VI 合规、品牌内容、公关与社交媒体", "VI compliance, brand content, PR and social media",
            "researcher", "event-executor"),
        new("customer-ops", "marketing", false, "客户运营岗", "Customer Operations",
            "触达、培育与留存目标客户；会员与社群；客户反馈", "Reaches, nurtures and retains customers; membership and communities; feedback",
            "sales-head"),
        new("data-analyst", "marketing", false, "数据评估岗", "Data Analyst",
            "搭建评估体系；跟踪曝光、转化与 ROI；输出报告与建议", "Evaluation system; tracks exposure, conversion and ROI; reports and advice",
            "researcher", "strategist", "event-executor", "brand-builder", "customer-ops", "new-media", "finance-reviewer"),
        new("new-media", "marketing", false, "新媒体运营岗", "New-media Operator",
            "多平台内容矩阵；依据数据选题与排期；私域流量", "Content matrix across platforms; topics and timing by data; private traffic",
            "data-analyst"),
        new("specialist", "marketing", false, "市场专员", "Marketing Specialist",
            "协助调研、活动后勤、官网与社交渠道、线索跟进", "Assists research, event logistics, website and social channels, lead follow-up",
            "marketing-head"),
    ];

    private static readonly OrgChartTemplatePosition[] SmallMarketing =
    [
        new("marketing-manager", "marketing", true, "市场部经理", "Marketing Manager",
            "统筹市场部工作；审批方案与预算", "Runs the marketing department; approves plans and budgets", "sales-head", "finance-reviewer"),
        new("researcher", "research-group", false, "调研专员", "Research specialist", "市场与用户调研", "Market and user research", "marketing-manager"),
        new("brand-promoter", "brand-group", false, "品牌推广专员", "Brand promotion specialist", "品牌内容与推广", "Brand content and promotion", "marketing-manager"),
        new("event-planner", "event-group", false, "活动策划专员", "Event planning specialist", "活动策划与执行", "Plans and runs events", "marketing-manager"),
        new("crm-specialist", "crm-group", false, "客户关系专员", "Customer relationship specialist", "客户维护与会员运营", "Customer care and membership", "marketing-manager"),
    ];

    private static OrgChartTemplateUnit Unit(string key, string? parent, string zh, string en) => new(key, parent, OrganizationUnitKind.Department, zh, en);

    private static OrgChartTemplateUnit Group(string key, string zh, string en) => new(key, "marketing", OrganizationUnitKind.Group, zh, en);
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiangmen.Dashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Categories",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    Sort = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Categories", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Regions_Regions_ParentCode",
                        column: x => x.ParentCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", nullable: false),
                    PublisherZh = table.Column<string>(type: "TEXT", nullable: false),
                    PublisherEn = table.Column<string>(type: "TEXT", nullable: false),
                    Authors = table.Column<string>(type: "TEXT", nullable: true),
                    Published = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    ReadAt = table.Column<string>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    UnitZh = table.Column<string>(type: "TEXT", nullable: false),
                    UnitEn = table.Column<string>(type: "TEXT", nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", nullable: false),
                    Decimals = table.Column<int>(type: "INTEGER", nullable: false),
                    NotesZh = table.Column<string>(type: "TEXT", nullable: true),
                    NotesEn = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Indicators_Categories_CategoryCode",
                        column: x => x.CategoryCode,
                        principalTable: "Categories",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Designations",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Designations", x => new { x.RegionCode, x.NameZh });
                    table.ForeignKey(
                        name: "FK_Designations_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Designations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Partnerships",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    Kinds = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partnerships", x => x.Slug);
                    table.ForeignKey(
                        name: "FK_Partnerships_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Platforms",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platforms", x => x.Slug);
                    table.ForeignKey(
                        name: "FK_Platforms_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipMembers",
                columns: table => new
                {
                    PartnershipSlug = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipMembers", x => new { x.PartnershipSlug, x.RegionCode });
                    table.ForeignKey(
                        name: "FK_PartnershipMembers_Partnerships_PartnershipSlug",
                        column: x => x.PartnershipSlug,
                        principalTable: "Partnerships",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnershipMembers_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JointProjects",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PartnershipSlug = table.Column<string>(type: "TEXT", nullable: true),
                    PlatformSlug = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    InvestorZh = table.Column<string>(type: "TEXT", nullable: true),
                    BeneficiariesZh = table.Column<string>(type: "TEXT", nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointProjects", x => x.Slug);
                    table.ForeignKey(
                        name: "FK_JointProjects_Partnerships_PartnershipSlug",
                        column: x => x.PartnershipSlug,
                        principalTable: "Partnerships",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JointProjects_Platforms_PlatformSlug",
                        column: x => x.PlatformSlug,
                        principalTable: "Platforms",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JointProjects_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlatformRegions",
                columns: table => new
                {
                    PlatformSlug = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformRegions", x => new { x.PlatformSlug, x.RegionCode });
                    table.ForeignKey(
                        name: "FK_PlatformRegions_Platforms_PlatformSlug",
                        column: x => x.PlatformSlug,
                        principalTable: "Platforms",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlatformRegions_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Observations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: true),
                    PlatformSlug = table.Column<string>(type: "TEXT", nullable: true),
                    PartnershipSlug = table.Column<string>(type: "TEXT", nullable: true),
                    ProjectSlug = table.Column<string>(type: "TEXT", nullable: true),
                    IndicatorCode = table.Column<string>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: false),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Observations", x => x.Id);
                    table.CheckConstraint("CK_Observations_OneSubject", "(CASE WHEN \"RegionCode\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"PlatformSlug\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"PartnershipSlug\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"ProjectSlug\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_Observations_Indicators_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "Indicators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Observations_JointProjects_ProjectSlug",
                        column: x => x.ProjectSlug,
                        principalTable: "JointProjects",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Observations_Partnerships_PartnershipSlug",
                        column: x => x.PartnershipSlug,
                        principalTable: "Partnerships",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Observations_Platforms_PlatformSlug",
                        column: x => x.PlatformSlug,
                        principalTable: "Platforms",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Observations_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Observations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Designations_SourceId",
                table: "Designations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_CategoryCode",
                table: "Indicators",
                column: "CategoryCode");

            migrationBuilder.CreateIndex(
                name: "IX_JointProjects_PartnershipSlug",
                table: "JointProjects",
                column: "PartnershipSlug");

            migrationBuilder.CreateIndex(
                name: "IX_JointProjects_PlatformSlug",
                table: "JointProjects",
                column: "PlatformSlug");

            migrationBuilder.CreateIndex(
                name: "IX_JointProjects_SourceId",
                table: "JointProjects",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorCode_Period",
                table: "Observations",
                columns: new[] { "IndicatorCode", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_Observations_PartnershipSlug_IndicatorCode_Period",
                table: "Observations",
                columns: new[] { "PartnershipSlug", "IndicatorCode", "Period" },
                unique: true,
                filter: "\"PartnershipSlug\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_PlatformSlug_IndicatorCode_Period",
                table: "Observations",
                columns: new[] { "PlatformSlug", "IndicatorCode", "Period" },
                unique: true,
                filter: "\"PlatformSlug\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_ProjectSlug_IndicatorCode_Period",
                table: "Observations",
                columns: new[] { "ProjectSlug", "IndicatorCode", "Period" },
                unique: true,
                filter: "\"ProjectSlug\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_RegionCode_IndicatorCode_Period",
                table: "Observations",
                columns: new[] { "RegionCode", "IndicatorCode", "Period" },
                unique: true,
                filter: "\"RegionCode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_SourceId",
                table: "Observations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipMembers_RegionCode",
                table: "PartnershipMembers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_SourceId",
                table: "Partnerships",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformRegions_RegionCode",
                table: "PlatformRegions",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Platforms_SourceId",
                table: "Platforms",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Regions_ParentCode",
                table: "Regions",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Slug",
                table: "Regions",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Designations");

            migrationBuilder.DropTable(
                name: "Observations");

            migrationBuilder.DropTable(
                name: "PartnershipMembers");

            migrationBuilder.DropTable(
                name: "PlatformRegions");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "JointProjects");

            migrationBuilder.DropTable(
                name: "Regions");

            migrationBuilder.DropTable(
                name: "Categories");

            migrationBuilder.DropTable(
                name: "Partnerships");

            migrationBuilder.DropTable(
                name: "Platforms");

            migrationBuilder.DropTable(
                name: "Sources");
        }
    }
}

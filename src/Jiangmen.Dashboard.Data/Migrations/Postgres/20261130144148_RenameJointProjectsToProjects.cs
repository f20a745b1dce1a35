using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiangmen.Dashboard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RenameJointProjectsToProjects : Migration
    {
        /// <inheritdoc />
        /// <remarks>A rename that keeps the rows: JointProject became Project (one word for one concept).</remarks>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(name: "FK_Observations_JointProjects_ProjectSlug", table: "Observations");
            migrationBuilder.DropForeignKey(name: "FK_JointProjects_Partnerships_PartnershipSlug", table: "JointProjects");
            migrationBuilder.DropForeignKey(name: "FK_JointProjects_Platforms_PlatformSlug", table: "JointProjects");
            migrationBuilder.DropForeignKey(name: "FK_JointProjects_Sources_SourceId", table: "JointProjects");
            migrationBuilder.DropPrimaryKey(name: "PK_JointProjects", table: "JointProjects");
            migrationBuilder.RenameTable(name: "JointProjects", newName: "Projects");
            migrationBuilder.RenameIndex(name: "IX_JointProjects_PartnershipSlug", table: "Projects", newName: "IX_Projects_PartnershipSlug");
            migrationBuilder.RenameIndex(name: "IX_JointProjects_PlatformSlug", table: "Projects", newName: "IX_Projects_PlatformSlug");
            migrationBuilder.RenameIndex(name: "IX_JointProjects_SourceId", table: "Projects", newName: "IX_Projects_SourceId");
            migrationBuilder.AddPrimaryKey(name: "PK_Projects", table: "Projects", column: "Slug");
            migrationBuilder.AddForeignKey(name: "FK_Projects_Partnerships_PartnershipSlug", table: "Projects", column: "PartnershipSlug", principalTable: "Partnerships", principalColumn: "Slug", onDelete: ReferentialAction.Restrict);
            migrationBuilder.AddForeignKey(name: "FK_Projects_Platforms_PlatformSlug", table: "Projects", column: "PlatformSlug", principalTable: "Platforms", principalColumn: "Slug", onDelete: ReferentialAction.Restrict);
            migrationBuilder.AddForeignKey(name: "FK_Projects_Sources_SourceId", table: "Projects", column: "SourceId", principalTable: "Sources", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            migrationBuilder.AddForeignKey(name: "FK_Observations_Projects_ProjectSlug", table: "Observations", column: "ProjectSlug", principalTable: "Projects", principalColumn: "Slug", onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(name: "FK_Observations_Projects_ProjectSlug", table: "Observations");
            migrationBuilder.DropForeignKey(name: "FK_Projects_Partnerships_PartnershipSlug", table: "Projects");
            migrationBuilder.DropForeignKey(name: "FK_Projects_Platforms_PlatformSlug", table: "Projects");
            migrationBuilder.DropForeignKey(name: "FK_Projects_Sources_SourceId", table: "Projects");
            migrationBuilder.DropPrimaryKey(name: "PK_Projects", table: "Projects");
            migrationBuilder.RenameTable(name: "Projects", newName: "JointProjects");
            migrationBuilder.RenameIndex(name: "IX_Projects_PartnershipSlug", table: "JointProjects", newName: "IX_JointProjects_PartnershipSlug");
            migrationBuilder.RenameIndex(name: "IX_Projects_PlatformSlug", table: "JointProjects", newName: "IX_JointProjects_PlatformSlug");
            migrationBuilder.RenameIndex(name: "IX_Projects_SourceId", table: "JointProjects", newName: "IX_JointProjects_SourceId");
            migrationBuilder.AddPrimaryKey(name: "PK_JointProjects", table: "JointProjects", column: "Slug");
            migrationBuilder.AddForeignKey(name: "FK_JointProjects_Partnerships_PartnershipSlug", table: "JointProjects", column: "PartnershipSlug", principalTable: "Partnerships", principalColumn: "Slug", onDelete: ReferentialAction.Restrict);
            migrationBuilder.AddForeignKey(name: "FK_JointProjects_Platforms_PlatformSlug", table: "JointProjects", column: "PlatformSlug", principalTable: "Platforms", principalColumn: "Slug", onDelete: ReferentialAction.Restrict);
            migrationBuilder.AddForeignKey(name: "FK_JointProjects_Sources_SourceId", table: "JointProjects", column: "SourceId", principalTable: "Sources", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            migrationBuilder.AddForeignKey(name: "FK_Observations_JointProjects_ProjectSlug", table: "Observations", column: "ProjectSlug", principalTable: "JointProjects", principalColumn: "Slug", onDelete: ReferentialAction.Restrict);
        }
    }
}

// Vietnamese words the generator draws from: names, unions, workplaces and initiative titles by
// field, shaped like the registers provinces hand over.

import type { FieldCode } from '../core/model';

export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Danh', 'Thạch', 'Quách', 'Trương', 'Đoàn', 'Lâm', 'Mai', 'Tô'];
export const MIDDLE = ['Văn', 'Thị', 'Thanh', 'Minh', 'Hoàng', 'Ngọc', 'Kim', 'Quốc', 'Hữu', 'Thành', 'Bích', 'Mỹ', 'Đức', 'Công', 'Tấn', 'Thúy', 'Hồng', 'Trung'];
export const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hạnh', 'Hòa', 'Hùng', 'Khoa', 'Lan', 'Mai', 'Nga', 'Nhung', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thủy', 'Trinh', 'Tuấn', 'Vân', 'Xuân', 'Yến', 'Kiệt', 'Nghĩa', 'Hải', 'Trí', 'Đạt', 'Phượng', 'Khải', 'Minh', 'Huy'];

export const UNITS = [
  'LĐLĐ thành phố Rạch Giá',
  'LĐLĐ thành phố Phú Quốc',
  'LĐLĐ thành phố Hà Tiên',
  'LĐLĐ huyện Tân Hiệp',
  'LĐLĐ huyện Châu Thành',
  'LĐLĐ huyện Kiên Lương',
  'LĐLĐ huyện Hòn Đất',
  'LĐLĐ huyện An Biên',
  'Công đoàn ngành Giáo dục',
  'Công đoàn ngành Y tế',
  'Công đoàn Viên chức tỉnh',
  'Công đoàn các Khu công nghiệp',
];

export const WORKPLACES: Readonly<Record<FieldCode, readonly string[]>> = {
  sx: ['Công ty CP Xi măng Holcim Hòn Chông', 'Công ty CP Cấp thoát nước Kiên Giang', 'Công ty TNHH Bia Carlsberg Việt Nam - Chi nhánh Kiên Giang', 'Công ty Điện lực Kiên Giang', 'Công ty CP Thủy sản Kiên Cường'],
  gd: ['Trường THPT Nguyễn Trung Trực', 'Trường Tiểu học Rạch Giá 4', 'Trường THCS Phú Quốc', 'Trường Mầm non Hoa Sen', 'Trường Đại học Kiên Giang'],
  yt: ['Bệnh viện Đa khoa tỉnh Kiên Giang', 'Bệnh viện Sản Nhi Kiên Giang', 'Trung tâm Y tế huyện Tân Hiệp', 'Trung tâm Kiểm soát bệnh tật tỉnh'],
  mt: ['Công ty CP Môi trường đô thị Kiên Giang', 'Ban Quản lý các dự án Rạch Giá', 'Chi cục Bảo vệ môi trường'],
  at: ['Công ty Điện lực Kiên Giang', 'Công ty CP Xi măng Holcim Hòn Chông', 'Nhà máy đóng tàu Kiên Giang'],
  cc: ['Kho bạc Nhà nước Rạch Giá', 'UBND phường Vĩnh Thanh Vân', 'Bảo hiểm xã hội tỉnh Kiên Giang', 'Sở Tư pháp tỉnh Kiên Giang'],
  nn: ['Chi cục Thủy lợi', 'Hợp tác xã nông nghiệp Minh Hòa', 'Ban Quản lý rừng phòng hộ Rạch Giá', 'Trung tâm Khuyến nông tỉnh'],
  kh: ['Công đoàn Viên chức tỉnh', 'Nhà văn hóa Lao động tỉnh'],
};

export const POSITIONS: Readonly<Record<FieldCode, readonly string[]>> = {
  sx: ['Công nhân', 'Kỹ sư', 'Nhân viên kỹ thuật', 'Tổ trưởng sản xuất', 'Quản đốc'],
  gd: ['Giáo viên', 'Tổ trưởng chuyên môn', 'Hiệu trưởng', 'Phó Hiệu trưởng'],
  yt: ['Bác sĩ', 'Điều dưỡng', 'Dược sĩ', 'Kỹ thuật viên xét nghiệm'],
  mt: ['Kỹ sư môi trường', 'Đội trưởng', 'Công nhân'],
  at: ['Cán bộ an toàn', 'Kỹ sư', 'Công nhân'],
  cc: ['Chuyên viên', 'Kế toán', 'Công chức một cửa'],
  nn: ['Kỹ sư nông nghiệp', 'Cán bộ kỹ thuật', 'Trưởng trạm'],
  kh: ['Chuyên viên', 'Nhân viên'],
};

export const TITLES: Readonly<Record<FieldCode, readonly string[]>> = {
  sx: ['Tự động hóa công đoạn {x} bằng bộ điều khiển PLC', 'Chế tạo thiết bị {x} thay thế hàng nhập khẩu', 'Cải tiến quy trình {x} giảm tiêu hao nguyên liệu', 'Thiết kế hệ thống chiếu sáng tiết kiệm điện năng tại {w}'],
  gd: ['Một số biện pháp nâng cao chất lượng dạy học môn {x}', 'Thiết kế đồ dùng dạy học tự làm môn {x} từ vật liệu tái chế', 'Xây dựng ngân hàng đề kiểm tra trực tuyến môn {x}'],
  yt: ['Ứng dụng phần mềm quản lý {x} tại {w}', 'Cải tiến quy trình tiếp nhận bệnh nhân {x}', 'Giảm thời gian chờ khám bệnh {x}'],
  mt: ['Xử lý nước thải {x} bằng chế phẩm vi sinh', 'Phân loại rác thải tại nguồn ở {w}', 'Tái chế {x} thành sản phẩm hữu ích'],
  at: ['Thiết bị cảnh báo {x} cho công nhân', 'Cải tiến lan can an toàn khu vực {x}'],
  cc: ['Giải pháp tiếp nhận hồ sơ trực tuyến {x} mức độ 4', 'Số hóa hồ sơ {x} tại {w}'],
  nn: ['Giải pháp tưới tiết kiệm nước cho {x}', 'Cải tiến máy gặt đập liên hợp phục vụ sản xuất {x}'],
  kh: ['Giải pháp nâng cao hiệu quả hoạt động công đoàn tại {w}', 'Xây dựng tủ sách {x} cho công nhân'],
};

export const TOPICS = ['Toán', 'Ngữ văn', 'Vật lý', 'Sinh học', 'Lịch sử', 'nội trú', 'ngoại trú', 'lúa', 'hồ tiêu', 'khóm', 'tôm - lúa', 'nhựa phế thải', 'sinh hoạt', 'bảo hiểm xã hội', 'lý lịch tư pháp', 'hộ tịch', 'nghiền clinker', 'đóng bao', 'hàn điện', 'cấp liệu', 'điện áp cao', 'pháp luật'];

export const FIELD_LABELS: Readonly<Record<FieldCode, readonly string[]>> = {
  sx: ['Sản xuất kinh doanh', 'SXKD', 'Sản xuất - kinh doanh'],
  gd: ['Giáo dục', 'GD-ĐT', 'Giáo dục và đào tạo'],
  yt: ['Y tế', 'Y tế'],
  mt: ['Môi trường', 'MT'],
  at: ['An toàn vệ sinh lao động', 'ATVSLĐ'],
  cc: ['Cải cách hành chính', 'CCHC'],
  nn: ['Nông nghiệp', 'Nông nghiệp'],
  kh: ['Khác', 'Khác'],
};
